#!/usr/bin/env python3
"""Author's own check of the labels of this blind document set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
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

def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
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
ent_count, type_count, rule_count, spec_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    name = r["doc"]
    path = os.path.join(HERE, "docs", name)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", name):
        errors.append(f"{name}: bad file name")
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            errors.append(f"{name}: missing key {k}")
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{name}: lang")
    if r.get("doc_type") not in DOC_TYPES:
        errors.append(f"{name}: doc_type {r.get('doc_type')}")
    for s in r.get("special", []):
        if s not in SPECIAL:
            errors.append(f"{name}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES:
            errors.append(f"{name}: rule {ru}")
    if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
        errors.append(f"{name}: booleans")
    ev_special = set()
    for ev in r.get("evidence", []) + r.get("decoys", []):
        e, t = ev["entity"], ev["text"]
        if e not in ENTITIES:
            errors.append(f"{name}: entity {e}")
        if "\n" in t or "\r" in t:
            errors.append(f"{name}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{name}: not found as whole word: {t!r}")
        if e == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{name}: BSN fails 11-check: {t}")
        if e == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{name}: IBAN fails mod-97: {t}")
        if e == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{name}: ID number shape: {t}")
        ent_count[e] += 1
    for ev in r.get("evidence", []):
        if ev["entity"] in SPECIAL:
            ev_special.add(ev["entity"])
    if ev_special != set(r.get("special", [])):
        errors.append(f"{name}: special {sorted(r.get('special', []))} vs evidence {sorted(ev_special)}")
    # consistency of rules with content
    has_bsn = any(ev["entity"] == "NL_BSN" for ev in r.get("evidence", []))
    if "bsn-on-cv" in r.get("rules", []) and not has_bsn:
        errors.append(f"{name}: bsn-on-cv without a BSN")
    if "bsn-outside-hr" in r.get("rules", []) and not has_bsn:
        errors.append(f"{name}: bsn-outside-hr without a BSN")
    if "special-category" in r.get("rules", []) and not r.get("special"):
        errors.append(f"{name}: special-category rule without special")
    if "sickness-diagnosis" in r.get("rules", []) and not r.get("diagnosis"):
        errors.append(f"{name}: sickness-diagnosis rule without diagnosis")
    type_count[r.get("doc_type")] += 1
    lang_count[r.get("lang")] += 1
    for ru in r.get("rules", []):
        rule_count[ru] += 1
    for s in r.get("special", []):
        spec_count[s] += 1
    hn += bool(r.get("hard_negative"))
    diag += bool(r.get("diagnosis"))

n = len(rows)
print(f"documents: {len(docs)}  label rows: {n}  languages: {dict(lang_count)}")
print(f"hard negatives: {hn} ({100*hn/max(n,1):.0f}%)  diagnosis: {diag}")
print("doc types:", dict(type_count))
print("special:", dict(spec_count))
print("rules:", dict(rule_count))
print("evidence entities:", dict(ent_count))
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
