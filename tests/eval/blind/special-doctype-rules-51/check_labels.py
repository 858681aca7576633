#!/usr/bin/env python3
"""Author's own label check for the special-doctype-rules-51 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    return s.isdigit() and len(s)==9 and (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ","").upper(); r = s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r)) % 97 == 1
def idnum_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None
errs = []; ents = Counter(); types = Counter(); langs = Counter(); rules = Counter(); hn = 0; seen = set()
for line in open(os.path.join(HERE,"labels.jsonl"), encoding="utf-8"):
    if not line.strip(): continue
    r = json.loads(line); d = r["doc"]; seen.add(d)
    text = open(os.path.join(HERE,"docs",d), encoding="utf-8").read()
    langs[r["lang"]] += 1; types[r["doc_type"]] += 1; hn += r["hard_negative"]
    if r["doc_type"] not in TYPES: errs.append(f"{d}: bad doc_type")
    for ru in r["rules"]:
        rules[ru] += 1
        if ru not in RULES: errs.append(f"{d}: bad rule {ru}")
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): errs.append(f"{d}: bad special {s}")
        if not any(e["entity"]==s for e in r["evidence"]): errs.append(f"{d}: no evidence for {s}")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: errs.append(f"{d}: diagnosis w/o rule")
    for e in r["evidence"] + r.get("decoys", []):
        t = e["text"]; ents[e["entity"]] += 1
        if e["entity"] not in ENT: errs.append(f"{d}: bad entity {e['entity']}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)", text): errs.append(f"{d}: not found as word: {t!r}")
        if e["entity"]=="NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if e["entity"]=="IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if e["entity"]=="NL_ID_DOCUMENT" and not idnum_ok(t): errs.append(f"{d}: bad ID number {t}")
    if e_s := set(e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")) - set(r["special"]):
        errs.append(f"{d}: evidence special not in special: {e_s}")
for f in sorted(os.listdir(os.path.join(HERE,"docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
print("documents:", len(seen), dict(langs)); print("doc_types:", dict(types))
print("hard negatives:", hn); print("rules:", dict(rules)); print("evidence:", dict(ents))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
