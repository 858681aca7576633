#!/usr/bin/env python3
"""Own check of labels for the running-text-44 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []
ents = Counter(); decs = Counter(); langs = Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not line.strip(): continue
    row = json.loads(line)
    doc = row["doc"]
    if doc in seen: errs.append(f"{doc}: duplicate row")
    seen.add(doc)
    if row.get("lang") not in ("nl", "en"): errs.append(f"{doc}: bad lang")
    langs[row.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: unknown entity {e}")
            if "\n" in t: errs.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97: {t}")
            (ents if kind == "entities" else decs)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
    if not re.match(r"^\d{3}-[a-z0-9-]+\.txt$", d): errs.append(f"{d}: bad file name")
print("documents:", len(docs), dict(langs))
print("entities:", dict(ents))
print("decoys:", dict(decs))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
