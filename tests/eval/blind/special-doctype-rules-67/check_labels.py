#!/usr/bin/env python3
"""Author's own check of labels.jsonl for this blind document set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
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
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

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
for i, f in enumerate(files, 1):
    if not f.startswith(f"{i:03d}-"):
        errors.append(f"numbering gap at {f}")

ent_count, sp_count, rule_count, dt_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    f = r["doc"]
    text = open(os.path.join(DOCS, f), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{f}: bad lang")
    if r.get("doc_type") not in DOC_TYPES:
        errors.append(f"{f}: bad doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool):
            errors.append(f"{f}: {k} not bool")
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{f}: bad special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{f}: bad rule {ru}")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{f}: bad entity {ent}")
        if "\n" in t:
            errors.append(f"{f}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{f}: label text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{f}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{f}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{f}: ID number bad shape: {t}")
        if ent.startswith("SPECIAL_"):
            ev_special.add(ent)
        ent_count[ent] += 1
    if ev_special != set(r["special"]):
        errors.append(f"{f}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errors.append(f"{f}: diagnosis without sickness-diagnosis rule")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{f}: hard negative with special categories")
    # every BSN / IBAN-looking string in the text must be labelled
    labelled = {e["text"] for e in r["evidence"]}
    for m in re.findall(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m) and m not in labelled:
            errors.append(f"{f}: unlabelled 11-check-valid 9-digit number {m}")
    for m in re.findall(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m not in labelled:
            errors.append(f"{f}: unlabelled IBAN {m}")
    for s in r["special"]:
        sp_count[s] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    dt_count[r["doc_type"]] += 1
    lang_count[r["lang"]] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  lang: {dict(lang_count)}")
print(f"hard negatives: {hn} ({100*hn/len(rows):.0f}%)  diagnosis: {diag}")
print(f"doc_type: {dict(dt_count)}")
print(f"special: {dict(sp_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence entities: {dict(ent_count)}")
if errors:
    print("\n".join(errors))
    print("FAILED")
    sys.exit(1)
print("OK")
