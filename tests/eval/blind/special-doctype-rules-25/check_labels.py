#!/usr/bin/env python3
"""Author's own check of labels.jsonl (plain python3, no dependencies)."""
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
BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and int(s) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s) or s[4:8] not in BANKS:
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

ent_count, lang_count, type_count, rule_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool):
            errors.append(f"{d}: {k} not bool")
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{d}: rule {ru}")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["special"] and r["hard_negative"]:
        errors.append(f"{d}: special stated but hard_negative")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis/rule mismatch")
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t:
            errors.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: {ent} {t!r} not found as whole word")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN {t} fails 11-check")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN {t} fails mod-97/bank")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number {t} bad shape")
        ent_count[ent] += 1
    for dd in r.get("decoys", []):
        if dd["entity"] == "NL_BSN" and not bsn_ok(dd["text"]):
            errors.append(f"{d}: BSN decoy {dd['text']} fails 11-check")
    # every BSN-looking 9-digit 11-check number and every NL IBAN in the text must be labelled
    labelled = {e["text"] for e in r["evidence"]}
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled:
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    for m in re.finditer(r"(?<![\w.,])\d{9}(?![\w])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check number {m.group()}")
    lang_count[r["lang"]] += 1
    type_count[r["doc_type"]] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  by language: {dict(lang_count)}")
print(f"doc_type: {dict(type_count)}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"hard_negative: {hn} ({hn/len(rows):.0%})  diagnosis: {diag}")
print(f"evidence entities: {dict(ent_count)}")
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
