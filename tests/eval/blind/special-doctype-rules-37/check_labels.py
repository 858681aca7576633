#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no dependencies)."""
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
    d = list(map(int, s))
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0 and s != "000000000"

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
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")

ent_count, lang_count, type_count, rule_count, spec_count, dec_count = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
hard = diag = 0
for r in rows:
    doc = r["doc"]
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc):
        errors.append(f"{doc}: bad file name")
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    lang_count[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{doc}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{doc}: doc_type {r['doc_type']}")
    type_count[r["doc_type"]] += 1
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool):
            errors.append(f"{doc}: {k} not bool")
    hard += r["hard_negative"]; diag += r["diagnosis"]
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{doc}: rule {ru}")
        rule_count[ru] += 1
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{doc}: special {s}")
        spec_count[s] += 1
    # consistency of my own conventions
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{doc}: special vs special-category rule mismatch")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{doc}: diagnosis vs sickness-diagnosis mismatch")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{doc}: hard negative with special categories")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if ev_special != set(r["special"]):
        errors.append(f"{doc}: evidence special {ev_special} != special {r['special']}")
    for e in r["evidence"] + r.get("decoys", []):
        ent, t = e["entity"], e["text"]
        if e in r.get("decoys", []):
            dec_count[ent] += 1
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
        if e not in r.get("decoys", []):
            ent_count[ent] += 1
    # every BSN/IBAN-looking string in the text must be labelled
    labelled = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled:
            errors.append(f"{doc}: unlabelled IBAN {m.group()}")
    for m in re.finditer(r"(?<![\w,.])\d{9}(?![\w])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{doc}: unlabelled 11-check number {m.group()}")
    # BSN-related rules need a BSN
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    for ru in ("bsn-on-cv", "bsn-outside-hr"):
        if ru in r["rules"] and not has_bsn:
            errors.append(f"{doc}: {ru} without BSN evidence")

n = len(rows)
print(f"documents: {n}  by language: {dict(lang_count)}")
print(f"doc_type: {dict(type_count)}")
print(f"hard negatives: {hard} ({100*hard/max(n,1):.1f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence entities: {dict(ent_count)}")
print(f"decoys: {dict(dec_count)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
