#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-70 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
            "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical", "vog",
             "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
         "id-document-on-cv"}
BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "ASRB"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and (len(s) != 18 or s[4:8] not in BANKS):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")
nums = [int(f[:3]) for f in files]
if nums != list(range(1, len(files) + 1)):
    errors.append("doc numbering not consecutive")

ent_count, lang_count, type_count, rule_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    try:
        text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    except FileNotFoundError:
        continue
    for k in ("doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            errors.append(f"{d}: missing key {k}")
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL:
            errors.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{d}: rule {ru}")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{d}: special vs special-category rule mismatch")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis vs sickness-diagnosis mismatch")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]:
        errors.append(f"{d}: diagnosis without SPECIAL_HEALTH")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{d}: hard negative that states a special category")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ent_count[ent] += 1
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t:
            errors.append(f"{d}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: {ent} text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape {t}")
        if ent in SPECIAL:
            ev_special.add(ent)
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {sorted(r['special'])} vs evidence {sorted(ev_special)}")
    has = lambda ent: any(e["entity"] == ent for e in r["evidence"])
    cvish = r["doc_type"] in ("cv", "motivation_letter")
    hr = r["doc_type"] in ("id_copy", "payslip", "employment_contract", "vog", "medical")
    if has("NL_BSN") and cvish and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{d}: BSN on cv without bsn-on-cv")
    if has("IBAN_CODE") and cvish and "iban-on-cv" not in r["rules"]:
        errors.append(f"{d}: IBAN on cv without iban-on-cv")
    if has("NL_ID_DOCUMENT") and r["doc_type"] == "cv" and "id-document-on-cv" not in r["rules"]:
        errors.append(f"{d}: ID number on cv without id-document-on-cv")
    if "bsn-outside-hr" in r["rules"] and (hr or not has("NL_BSN")):
        errors.append(f"{d}: bsn-outside-hr inconsistent")
    lang_count[r["lang"]] += 1
    type_count[r["doc_type"]] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(files)}  label rows: {len(rows)}")
print("languages:", dict(lang_count))
print("doc_types:", dict(type_count))
print(f"hard negatives: {hn} ({100 * hn / max(1, len(rows)):.0f}%)  diagnosis: {diag}")
print("special:", dict(spec_count))
print("rules:", dict(rule_count))
print("evidence entities:", dict(ent_count))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
