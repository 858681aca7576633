#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-77 (plain python3)."""
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
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
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
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad doc name {d}")

ent_count, rule_count, type_count, lang_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{d}: lang {r.get('lang')}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool):
            errors.append(f"{d}: {k} not bool")
    for rl in r["rules"]:
        if rl not in RULES:
            errors.append(f"{d}: rule {rl}")
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{d}: special {s}")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{d}: special stated but no special-category rule")
    if not r["special"] and "special-category" in r["rules"]:
        errors.append(f"{d}: special-category rule without special")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis flag vs rule mismatch")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{d}: hard negative states a special category")
    for e in r["evidence"] + r.get("entities", []) + r.get("decoys", []):
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t or "\r" in t:
            errors.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape {t}")
        ent_count[ent] += 1
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]):
            errors.append(f"{d}: BSN decoy fails 11-check {e['text']}")
    # every 9-digit BSN-valid number in the text with BSN context must be labelled
    labelled = {e["text"] for e in r["evidence"] if e["entity"] == "NL_BSN"}
    for m in re.finditer(r"(?<![\w.,-])\d{9}(?![\w.,-])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m.group() not in {e["text"] for e in r["evidence"] if e["entity"] == "IBAN_CODE"}:
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    if any(x in r["rules"] for x in ("bsn-on-cv", "bsn-outside-hr")) and not labelled:
        errors.append(f"{d}: BSN rule without BSN evidence")
    if "bsn-on-cv" in r["rules"] and r["doc_type"] not in ("cv", "motivation_letter"):
        errors.append(f"{d}: bsn-on-cv on {r['doc_type']}")
    if labelled and r["doc_type"] in ("cv", "motivation_letter") and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{d}: BSN on CV without bsn-on-cv")
    for rl in r["rules"]:
        rule_count[rl] += 1
    for s in r["special"]:
        spec_count[s] += 1
    type_count[r["doc_type"]] += 1
    lang_count[r["lang"]] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(lang_count)}")
print(f"doc_types: {dict(type_count)}")
print(f"hard negatives: {hn} ({100*hn/len(rows):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence labels: {dict(ent_count)}  total {sum(ent_count.values())}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
