#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set special-doctype-rules-62 (plain python3)."""
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
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

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

ent_count, special_count, rule_count, type_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    doc = r["doc"]
    if set(r) != KEYS:
        errors.append(f"{doc}: keys {sorted(r)}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc):
        errors.append(f"{doc}: bad file name")
    text = open(os.path.join(DOCS, doc), encoding="utf-8").read()
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
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errors.append(f"{doc}: hard_negative/diagnosis not bool")
    ev_special = set()
    for ev in r["evidence"]:
        e, t = ev["entity"], ev["text"]
        if e not in ENTITIES:
            errors.append(f"{doc}: entity {e}")
        if "\n" in t or "\r" in t:
            errors.append(f"{doc}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{doc}: {e} text not found as whole word: {t!r}")
        if e == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{doc}: BSN fails 11-check: {t}")
        if e == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{doc}: IBAN fails mod-97: {t}")
        if e == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{doc}: ID number shape: {t}")
        if e in SPECIAL:
            ev_special.add(e)
        ent_count[e] += 1
    if ev_special != set(r["special"]):
        errors.append(f"{doc}: special {r['special']} vs evidence {sorted(ev_special)}")
    # consistency of document labels with the policy as read in README.md
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{doc}: special stated but no special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{doc}: diagnosis flag vs sickness-diagnosis rule")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{doc}: hard negative with a stated special category")
    has_bsn = any(ev["entity"] == "NL_BSN" for ev in r["evidence"])
    if ("bsn-on-cv" in r["rules"] or "bsn-outside-hr" in r["rules"]) and not has_bsn:
        errors.append(f"{doc}: BSN rule without BSN evidence")
    if has_bsn and r["doc_type"] in ("cv", "motivation_letter") and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{doc}: BSN on CV/letter without bsn-on-cv")
    # every 9-digit number in the text that passes the 11-check must be labelled (or be none)
    labelled = {ev["text"] for ev in r["evidence"]}
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{doc}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m.group() not in labelled:
            errors.append(f"{doc}: unlabelled IBAN {m.group()}")
    special_count.update(r["special"]); rule_count.update(r["rules"])
    type_count[r["doc_type"]] += 1; lang_count[r["lang"]] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(lang_count)}")
print(f"doc_type: {dict(type_count)}")
print(f"hard_negative: {hn} ({100*hn/max(len(rows),1):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(special_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence: {dict(ent_count)}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
