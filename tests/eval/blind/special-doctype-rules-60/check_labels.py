#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-60 (plain python3)."""
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
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")
for f in files:
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
        errors.append(f"bad file name {f}")

ent_count, lang_count, type_count, rule_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    doc = r["doc"]
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            errors.append(f"{doc}: missing key {k}")
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{doc}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{doc}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL:
            errors.append(f"{doc}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{doc}: rule {ru}")
    # consistency
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]):
        errors.append(f"{doc}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{doc}: special stated but no special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{doc}: diagnosis flag vs sickness-diagnosis rule")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{doc}: hard negative but special stated")
    for e in r["evidence"] + r.get("decoys", []):
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{doc}: entity {ent}")
        if "\n" in t or "\r" in t:
            errors.append(f"{doc}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{doc}: text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{doc}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{doc}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{doc}: ID number shape: {t}")
    for e in r["evidence"]:
        ent_count[e["entity"]] += 1
    for e in r.get("decoys", []):
        ent_count["decoy:" + e["entity"]] += 1
    # every 9-digit 11-check-valid number in the text must be labelled (evidence or decoy)
    labelled = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{doc}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<![A-Z0-9])NL\d{2}[A-Z]{4}\d{10}(?![A-Z0-9])", text):
        if m.group() not in labelled:
            errors.append(f"{doc}: unlabelled IBAN {m.group()}")
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
print(f"hard negatives: {hn} ({hn / max(len(rows), 1):.0%})  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence: {dict(ent_count)}")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
