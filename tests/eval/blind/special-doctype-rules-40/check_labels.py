#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the document set special-doctype-rules-40."""
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
ID_RE = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

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

ent_count, type_count, rule_count, spec_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
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
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{name}: special stated but no special-category rule")
    if not r["special"] and "special-category" in r["rules"]:
        errors.append(f"{name}: special-category rule without special")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{name}: diagnosis flag and sickness-diagnosis rule disagree")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{name}: hard negative with special categories")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]):
        errors.append(f"{name}: special {r['special']} vs evidence {sorted(ev_special)}")
    labelled = []
    for e in r["evidence"] + r.get("decoys", []):
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{name}: entity {ent}")
        if "\n" in t:
            errors.append(f"{name}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{name}: label not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{name}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{name}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not ID_RE.match(t):
            errors.append(f"{name}: ID number shape: {t}")
        if e in r["evidence"]:
            labelled.append(t)
            ent_count[ent] += 1
    # every BSN-, IBAN-, ID-shaped string in the text must be labelled (evidence or decoy)
    alltexts = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in alltexts:
            errors.append(f"{name}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in alltexts:
            errors.append(f"{name}: unlabelled IBAN {m.group()}")
    # rule sanity
    bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if r["doc_type"] in ("cv", "motivation_letter") and bsn and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{name}: BSN on cv without bsn-on-cv")
    lang_count[r["lang"]] += 1
    type_count[r["doc_type"]] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    hn += bool(r["hard_negative"])
    diag += bool(r["diagnosis"])

n = len(rows)
print(f"documents: {n}  languages: {dict(lang_count)}")
print(f"doc_types: {dict(type_count)}")
print(f"hard negatives: {hn} ({100*hn/max(n,1):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence labels: {dict(ent_count)}  total {sum(ent_count.values())}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
