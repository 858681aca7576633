#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-69 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog",
         "camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv",
         "id-document-on-cv"}
errs = []

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errs.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errs.append(f"label for missing doc {d}")
ents = Counter(); langs = Counter(); types = Counter(); rules = Counter(); specials = Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errs.append(f"{d}: bad name")
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in TYPES: errs.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool): errs.append(f"{d}: {k} not bool")
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): errs.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
    ev_special = set()
    for e in r["evidence"] + r.get("entities", []) + r.get("decoys", []):
        t, en = e["text"], e["entity"]
        if en not in ENT: errs.append(f"{d}: entity {en}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: not found as whole word: {t!r}")
        if en == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if en == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if en == "NL_ID_DOCUMENT" and not id_ok(t): errs.append(f"{d}: ID shape {t}")
        if en.startswith("SPECIAL_"): ev_special.add(en)
        ents[en] += 1
    if ev_special != set(r["special"]):
        errs.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # consistency of the rule labels with the other labels
    if r["special"] and "special-category" not in r["rules"]: errs.append(f"{d}: special without rule")
    if not r["special"] and "special-category" in r["rules"]: errs.append(f"{d}: rule without special")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): errs.append(f"{d}: diagnosis/rule mismatch")
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if "bsn-on-cv" in r["rules"] and not has_bsn: errs.append(f"{d}: bsn rule without BSN")
    if r["hard_negative"] and r["special"]: errs.append(f"{d}: hard negative with special")
    langs[r["lang"]] += 1; types[r["doc_type"]] += 1
    for ru in r["rules"]: rules[ru] += 1
    for s in r["special"]: specials[s] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  lang: {dict(langs)}")
print(f"doc_type: {dict(types)}")
print(f"hard_negative: {hn} ({hn/len(rows):.0%})  diagnosis: {diag}")
print(f"special: {dict(specials)}")
print(f"rules: {dict(rules)}")
print(f"evidence labels: {dict(ents)}")
if errs:
    print("\n".join(errs)); print("FAILED"); sys.exit(1)
print("OK")
