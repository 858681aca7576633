#!/usr/bin/env python3
"""Own check of the labels of this blind document set. Run: python3 check_labels.py"""
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
HR_TYPES = {"id_copy", "payslip", "employment_contract"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return tot % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s.replace(" ", "")) is not None

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"{d}: label row without document")
nums = [f[:3] for f in files]
if nums != [f"{i:03d}" for i in range(1, len(files) + 1)]:
    errors.append("documents are not numbered 001..N without gaps")

ent_count, rule_count, spec_count, types, langs = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    name = r["doc"]
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            errors.append(f"{name}: missing key {k}")
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{name}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{name}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL:
            errors.append(f"{name}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{name}: rule {ru}")
    ev_special = set()
    has_bsn = has_iban = has_id = False
    for ev in r["evidence"]:
        e, t = ev["entity"], ev["text"]
        ent_count[e] += 1
        if e not in ENTITIES:
            errors.append(f"{name}: entity {e}")
        if "\n" in t or "\r" in t:
            errors.append(f"{name}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{name}: not found as whole word: {t!r}")
        if e == "NL_BSN":
            has_bsn = True
            if not bsn_ok(t):
                errors.append(f"{name}: BSN fails 11-check: {t}")
        if e == "IBAN_CODE":
            has_iban = True
            if not iban_ok(t):
                errors.append(f"{name}: IBAN fails mod-97: {t}")
        if e == "NL_ID_DOCUMENT":
            has_id = True
            if not id_ok(t):
                errors.append(f"{name}: ID number shape: {t}")
        if e in SPECIAL:
            ev_special.add(e)
    for d in r.get("decoys", []):
        if d["entity"] == "NL_BSN" and not bsn_ok(d["text"]):
            errors.append(f"{name}: BSN decoy fails 11-check: {d['text']}")
        if not re.search(r"(?<!\w)" + re.escape(d["text"]) + r"(?!\w)", text):
            errors.append(f"{name}: decoy not found: {d['text']!r}")
    if ev_special != set(r["special"]):
        errors.append(f"{name}: special {sorted(r['special'])} != evidence {sorted(ev_special)}")
    # consistency of rules with the labels
    cand = r["doc_type"] in ("cv", "motivation_letter")
    if has_bsn and cand and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{name}: BSN on cv/letter without bsn-on-cv")
    if ("bsn-on-cv" in r["rules"]) and not (has_bsn and cand):
        errors.append(f"{name}: bsn-on-cv without BSN on cv/letter")
    if "bsn-outside-hr" in r["rules"] and not has_bsn:
        errors.append(f"{name}: bsn-outside-hr without BSN")
    if has_bsn and r["doc_type"] in HR_TYPES and "bsn-outside-hr" in r["rules"]:
        errors.append(f"{name}: bsn-outside-hr on HR type")
    if has_iban and cand and "iban-on-cv" not in r["rules"]:
        errors.append(f"{name}: IBAN on cv/letter without iban-on-cv")
    if "iban-on-cv" in r["rules"] and not (has_iban and cand):
        errors.append(f"{name}: iban-on-cv without IBAN on cv/letter")
    if has_id and r["doc_type"] == "cv" and "id-document-on-cv" not in r["rules"]:
        errors.append(f"{name}: ID number on cv without id-document-on-cv")
    if "id-document-on-cv" in r["rules"] and not (has_id and r["doc_type"] == "cv"):
        errors.append(f"{name}: id-document-on-cv without ID on cv")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{name}: special-category rule does not match special list")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{name}: diagnosis flag does not match sickness-diagnosis rule")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]:
        errors.append(f"{name}: diagnosis without SPECIAL_HEALTH")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{name}: hard negative that states a special category")
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    types[r["doc_type"]] += 1
    langs[r["lang"]] += 1
    hn += bool(r["hard_negative"])
    diag += bool(r["diagnosis"])

n = len(rows)
print(f"documents: {len(files)}  label rows: {n}")
print("languages:", dict(langs))
print("doc_types:", dict(types))
print(f"hard negatives: {hn} ({100 * hn / max(n, 1):.0f}%)  diagnosis: {diag}")
print("special:", dict(spec_count))
print("rules:", dict(rule_count))
print("evidence entities:", dict(ent_count))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
