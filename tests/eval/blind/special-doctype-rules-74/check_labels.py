#!/usr/bin/env python3
"""Own check of labels.jsonl against docs/ (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENT = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
       "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
       "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
       "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
       "SPECIAL_BIOMETRIC"}
TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
         "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s): return False
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errs.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errs.append(f"label row for missing doc {d}")
ents = Counter(); types = Counter(); langs = Counter(); rulec = Counter(); spc = Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errs.append(f"{d}: lang")
    if r.get("doc_type") not in TYPES: errs.append(f"{d}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): errs.append(f"{d}: {k} not bool")
    for ru in r.get("rules", []):
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
    for s in r.get("special", []):
        if s not in ENT or not s.startswith("SPECIAL_"): errs.append(f"{d}: special {s}")
    evsp = set()
    for key in ("evidence", "entities", "decoys"):
        for e in r.get(key, []):
            en, tx = e["entity"], e["text"]
            if en not in ENT: errs.append(f"{d}: entity {en}")
            if "\n" in tx: errs.append(f"{d}: label spans line break: {tx!r}")
            if not re.search(r"(?<!\w)" + re.escape(tx) + r"(?!\w)", text):
                errs.append(f"{d}: not found as whole word: {tx!r}")
            if en == "NL_BSN" and not bsn_ok(tx): errs.append(f"{d}: BSN fails 11-check {tx}")
            if en == "IBAN_CODE" and not iban_ok(tx): errs.append(f"{d}: IBAN fails mod-97 {tx}")
            if en == "NL_ID_DOCUMENT" and not id_ok(tx): errs.append(f"{d}: ID shape {tx}")
            if key == "evidence": ents[en] += 1
            if en.startswith("SPECIAL_") and key == "evidence": evsp.add(en)
    if evsp != set(r.get("special", [])): errs.append(f"{d}: special {r.get('special')} vs evidence {sorted(evsp)}")
    if r["diagnosis"] != ("sickness-diagnosis" in r.get("rules", [])):
        errs.append(f"{d}: diagnosis flag and sickness-diagnosis rule disagree")
    types[r["doc_type"]] += 1; langs[r["lang"]] += 1
    for ru in r.get("rules", []): rulec[ru] += 1
    for s in r.get("special", []): spc[s] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]
print(f"documents: {len(docs)}  label rows: {len(rows)}")
print("languages:", dict(langs))
print("doc_type:", dict(types))
print("special:", dict(spc))
print("rules:", dict(rulec))
print(f"hard_negative: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print("evidence entities:", dict(ents))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
