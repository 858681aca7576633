#!/usr/bin/env python3
"""Own check of running-text-38 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s).zfill(9)
    if len(d) != 9: return False
    return sum(int(d[i])*(9-i) for i in range(8)) - int(d[8]) == 0 or \
        (sum(int(d[i])*(9-i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
here = os.path.dirname(os.path.abspath(__file__))
docs = sorted(os.listdir(os.path.join(here, "docs")))
errs, seen, ec, dc, langs = [], set(), Counter(), Counter(), Counter()
for ln in open(os.path.join(here, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip(): continue
    row = json.loads(ln)
    doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    p = os.path.join(here, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t}")
            (ec if kind == "entities" else dc)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(docs), dict(langs))
print("entity labels:", dict(ec), "total", sum(ec.values()))
print("decoy labels:", dict(dc), "total", sum(dc.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
