#!/usr/bin/env python3
"""Own check of the labels of this blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and int(s) > 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")

ent_count, spec_count, rule_count, type_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    lang_count[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    type_count[r["doc_type"]] += 1
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{d}: special {s}")
        spec_count[s] += 1
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{d}: rule {ru}")
        rule_count[ru] += 1
    hn += bool(r["hard_negative"]); diag += bool(r["diagnosis"])
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis flag and sickness-diagnosis rule disagree")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{d}: special list and special-category rule disagree")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ent_count[ent] += 1
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t or "\r" in t:
            errors.append(f"{d}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: label not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape: {t}")
        if ent.startswith("SPECIAL_"):
            ev_special.add(ent)
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # every 9-digit number that passes the 11-check must be labelled as a BSN
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and not any(e["text"] == m.group() for e in r["evidence"]):
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if not any(e["text"] == m.group() for e in r["evidence"]):
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    if r["doc_type"] in ("cv", "motivation_letter"):
        if any(e["entity"] == "NL_BSN" for e in r["evidence"]) != ("bsn-on-cv" in r["rules"]):
            errors.append(f"{d}: bsn-on-cv inconsistent")

n = len(rows)
print(f"documents: {n}  by language: {dict(lang_count)}")
print(f"doc types: {dict(type_count)}")
print(f"hard negatives: {hn} ({100*hn/n:.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence: {dict(ent_count)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
