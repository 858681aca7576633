#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the special-doctype-rules-30 blind set.
Run from this folder: python3 check_labels.py"""
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
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"}
# 11-check-valid numbers that are deliberately NOT BSNs (order / customer numbers)
KNOWN_DECOYS = {"062-order-confirmation-uniforms.txt": {"368215180", "600285480"}}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1 and s[4:8] in NL_BANKS

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
names = [r["doc"] for r in rows]
if len(names) != len(set(names)): errors.append("duplicate label rows")
for f in files:
    if f not in names: errors.append(f"no label row: {f}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): errors.append(f"bad file name: {f}")
for n in names:
    if n not in files: errors.append(f"label row without document: {n}")

c = Counter()
for r in rows:
    d = r["doc"]
    if d not in files: continue
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"): errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES: errors.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: errors.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: errors.append(f"{d}: rule {ru}")
    ev = r["evidence"]
    for e in ev:
        if e["entity"] not in ENTITIES: errors.append(f"{d}: entity {e['entity']}")
        if e["text"] not in text: errors.append(f"{d}: evidence not in text: {e['text']!r}")
        if not re.search(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
            errors.append(f"{d}: evidence not a whole-word match: {e['text']!r}")
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]): errors.append(f"{d}: BSN fails 11-check {e['text']}")
        if e["entity"] == "IBAN_CODE" and not iban_ok(e["text"]): errors.append(f"{d}: IBAN invalid {e['text']}")
        if e["entity"] == "NL_ID_DOCUMENT" and not id_ok(e["text"]): errors.append(f"{d}: ID number shape {e['text']}")
    ev_special = {e["entity"] for e in ev if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]): errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # every 11-check-valid 9-digit number and every NL IBAN in the text is labelled (or a known decoy)
    bsns = {e["text"] for e in ev if e["entity"] == "NL_BSN"}
    for m in re.findall(r"(?<![\w.,])\d{9}(?![\w,])", text):
        if bsn_ok(m) and m not in bsns and m not in KNOWN_DECOYS.get(d, set()):
            errors.append(f"{d}: unlabelled 11-check number {m}")
    ibans = {e["text"] for e in ev if e["entity"] == "IBAN_CODE"}
    for m in re.findall(r"NL\d{2}[A-Z]{4}\d{10}", text):
        if m not in ibans: errors.append(f"{d}: unlabelled IBAN {m}")
    # consistency of my own conventions
    has_bsn = bool(bsns)
    if r["doc_type"] in ("cv", "motivation_letter") and has_bsn != ("bsn-on-cv" in r["rules"]):
        errors.append(f"{d}: bsn-on-cv inconsistent")
    if ("special-category" in r["rules"]) != bool(r["special"]): errors.append(f"{d}: special-category inconsistent")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): errors.append(f"{d}: diagnosis/rule inconsistent")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]: errors.append(f"{d}: diagnosis without health")
    if r["hard_negative"] and r["special"]: errors.append(f"{d}: hard negative that states a category")
    c["docs"] += 1; c["lang_" + r["lang"]] += 1; c["type_" + r["doc_type"]] += 1
    c["hard_negative"] += r["hard_negative"]; c["diagnosis"] += r["diagnosis"]
    for s in r["special"]: c[s] += 1
    for ru in r["rules"]: c["rule_" + ru] += 1
    for e in ev: c["ev_" + e["entity"]] += 1
    if not r["special"] and not r["rules"]: c["no_special_no_rule"] += 1

for k in sorted(c): print(f"{k:32} {c[k]}")
if c["docs"]: print(f"hard-negative share: {c['hard_negative'] / c['docs']:.0%}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
