#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-73 blind set (plain python3)."""
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
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and int(d) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def idnr_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
labelled = [r["doc"] for r in rows]
for d in docs:
    if labelled.count(d) != 1: errors.append(f"{d}: {labelled.count(d)} label rows")
for d in labelled:
    if d not in docs: errors.append(f"label row for missing doc {d}")
ent_count, rule_count, spec_count, types, langs = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    doc = r["doc"]
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"): errors.append(f"{doc}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES: errors.append(f"{doc}: doc_type {r['doc_type']}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool): errors.append(f"{doc}: {k} not bool")
    for s in r["special"]:
        if s not in SPECIAL: errors.append(f"{doc}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: errors.append(f"{doc}: rule {ru}")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errors.append(f"{doc}: diagnosis without sickness-diagnosis rule")
    if r["special"] and r["hard_negative"]:
        errors.append(f"{doc}: hard negative with special categories")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{doc}: special vs special-category rule mismatch")
    ev_special = set()
    for ev in r.get("evidence", []) + r.get("entities", []) + r.get("decoys", []):
        e, t = ev["entity"], ev["text"]
        if e not in ENTITIES: errors.append(f"{doc}: entity {e}")
        if "\n" in t: errors.append(f"{doc}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{doc}: {e} text not found as whole word: {t!r}")
        if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN fails 11-check {t}")
        if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN fails mod-97 {t}")
        if e == "NL_ID_DOCUMENT" and not idnr_ok(t): errors.append(f"{doc}: ID number shape {t}")
        if e in SPECIAL: ev_special.add(e)
    for ev in r.get("decoys", []):
        if ev["entity"] == "NL_BSN" and not bsn_ok(ev["text"]): errors.append(f"{doc}: BSN decoy fails 11-check")
    if ev_special != set(r["special"]):
        errors.append(f"{doc}: evidence specials {sorted(ev_special)} != special {r['special']}")
    for ev in r.get("evidence", []): ent_count[ev["entity"]] += 1
    for ru in r["rules"]: rule_count[ru] += 1
    for s in r["special"]: spec_count[s] += 1
    types[r["doc_type"]] += 1; langs[r["lang"]] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(langs)}")
print(f"doc_types: {dict(types)}")
print(f"hard negatives: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence entities: {dict(ent_count)}")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
