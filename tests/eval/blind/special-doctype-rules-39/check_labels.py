#!/usr/bin/env python3
"""Own check of the labels of this blind document set (plain python3, no dependencies)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
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

def bsn_ok(s):
    s = s.zfill(9)
    if not s.isdigit() or len(s) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and int(s) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
def err(msg):
    errors.append(msg)

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d, n in seen.items():
    if n > 1:
        err(f"{d}: {n} label rows")
for d in docs:
    if d not in seen:
        err(f"{d}: no label row")
for d in seen:
    if d not in docs:
        err(f"{d}: label row without document")

ent_count, rule_count, spec_count, type_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hard = diag = 0
for r in rows:
    d = r["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            err(f"{d}: missing key {k}")
    if r.get("lang") not in ("nl", "en"):
        err(f"{d}: lang {r.get('lang')}")
    if r.get("doc_type") not in DOC_TYPES:
        err(f"{d}: doc_type {r.get('doc_type')}")
    for s in r.get("special", []):
        if s not in SPECIAL:
            err(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES:
            err(f"{d}: rule {ru}")
    lang_count[r["lang"]] += 1
    type_count[r["doc_type"]] += 1
    hard += bool(r["hard_negative"])
    diag += bool(r["diagnosis"])
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    ev_special = set()
    for key in ("evidence", "decoys"):
        for e in r.get(key, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES:
                err(f"{d}: entity {ent}")
            if "\n" in t:
                err(f"{d}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(f"{d}: text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t):
                err(f"{d}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t):
                err(f"{d}: IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t):
                err(f"{d}: ID number shape: {t}")
            if key == "evidence":
                ent_count[ent] += 1
                if ent in SPECIAL:
                    ev_special.add(ent)
    if ev_special != set(r["special"]):
        err(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # consistency of rules with labels
    if r["special"] and "special-category" not in r["rules"]:
        err(f"{d}: special data but no special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        err(f"{d}: diagnosis flag and sickness-diagnosis rule disagree")
    if r["hard_negative"] and (r["special"] or r["rules"]):
        err(f"{d}: hard negative with special data or rules")

print(f"documents: {len(rows)}  languages: {dict(lang_count)}")
print(f"hard negatives: {hard} ({100*hard/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"doc types: {dict(type_count)}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence entities: {dict(ent_count)}")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
