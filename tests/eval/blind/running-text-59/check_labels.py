#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-59 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c)*w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); docs = set(); langs = Counter()
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    row = json.loads(line)
    doc = row["doc"]; docs.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            cnt[(kind, e)] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: 11-check fails {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: mod-97 fails {t!r}")
files = set(os.listdir(os.path.join(HERE, "docs")))
for f in sorted(files - docs): errs.append(f"{f}: no label row")
for f in sorted(docs - files): errs.append(f"{f}: label row without document")
print("documents:", len(files), dict(langs))
for k in sorted(cnt): print(f"  {k[0]:8s} {k[1]:15s} {cnt[k]}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
