#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the special-doctype-rules-65 blind set."""
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
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) > 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r.get("doc") for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")
for i, f in enumerate(files, 1):
    if not f.startswith(f"{i:03d}-"):
        errors.append(f"numbering gap at {f}")

ent_count, rule_count, type_count, lang_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    if set(r) != KEYS:
        errors.append(f"{d}: keys {sorted(set(r) ^ KEYS)}")
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
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
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errors.append(f"{d}: flags not bool")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errors.append(f"{d}: diagnosis without sickness-diagnosis rule")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t:
            errors.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: label not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape: {t}")
        if ent in SPECIAL:
            ev_special.add(ent)
        ent_count[ent] += 1
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # every 9-digit number in the text that passes the 11-check must be labelled
    labelled = {e["text"] for e in r["evidence"]}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled:
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    type_count[r["doc_type"]] += 1
    lang_count[r["lang"]] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(lang_count)}")
print(f"doc_type: {dict(type_count)}")
print(f"hard_negative: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence labels: {dict(ent_count)}  total {sum(ent_count.values())}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
