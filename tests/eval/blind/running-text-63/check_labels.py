#!/usr/bin/env python3
"""Author's own label check for running-text-63 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); dec = Counter(); langs = Counter(); seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN 11-check fails {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN mod-97 fails {t!r}")
            (cnt if kind == "entities" else dec)[e] += 1
files = set(os.listdir(os.path.join(HERE, "docs")))
for f in files - seen: errs.append(f"{f}: no label row")
for f in seen - files: errs.append(f"{f}: label row without document")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(rows), dict(langs))
print("entity labels:", dict(cnt), "total", sum(cnt.values()))
print("decoy labels:", dict(dec), "total", sum(dec.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
