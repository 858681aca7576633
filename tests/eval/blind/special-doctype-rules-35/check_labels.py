#!/usr/bin/env python3
"""Self-check of the special-doctype-rules-35 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
errors = []

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s): return False
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
names = [r["doc"] for r in rows]
for d, c in Counter(names).items():
    if c > 1: errors.append(f"{d}: {c} label rows")
for d in docs:
    if d not in names: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")
for d in names:
    if d not in docs: errors.append(f"{d}: label row without document")

cnt = Counter()
for r in rows:
    d = r["doc"]
    if d not in docs: continue
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errors.append(f"{d}: lang")
    if r.get("doc_type") not in DOC_TYPES: errors.append(f"{d}: doc_type {r.get('doc_type')}")
    for s in r.get("special", []):
        if s not in SPECIAL: errors.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errors.append(f"{d}: rule {ru}")
    if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
        errors.append(f"{d}: hard_negative/diagnosis not bool")
    # internal consistency of the labelling decisions (see README)
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{d}: special vs special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis vs sickness-diagnosis rule")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]:
        errors.append(f"{d}: diagnosis without SPECIAL_HEALTH")
    if r["hard_negative"] and (r["special"] or r["rules"]):
        errors.append(f"{d}: hard negative with special/rules")
    ev = r.get("evidence", []) + r.get("decoys", [])
    for e in ev:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES: errors.append(f"{d}: entity {ent}")
        if "\n" in t or "\r" in t: errors.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{d}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{d}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{d}: ID shape: {t}")
    for e in r.get("evidence", []):
        cnt["evidence " + e["entity"]] += 1
    for e in r.get("decoys", []):
        cnt["decoy " + e["entity"]] += 1
    for s in r["special"]:
        cnt["special " + s] += 1
        if not any(e["entity"] == s for e in r.get("evidence", [])):
            errors.append(f"{d}: no evidence phrase for {s}")
    for ru in r["rules"]:
        cnt["rule " + ru] += 1
    cnt["doc_type " + r["doc_type"]] += 1
    cnt["lang " + r["lang"]] += 1
    cnt["hard_negative" if r["hard_negative"] else "not hard_negative"] += 1
    if r["diagnosis"]: cnt["diagnosis"] += 1

print(f"documents: {len(docs)}  label rows: {len(rows)}")
for k in sorted(cnt): print(f"  {k}: {cnt[k]}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
