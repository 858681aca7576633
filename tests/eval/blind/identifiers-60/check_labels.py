#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-60 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    return sum(int(c)*w for c, w in zip(s, [9,8,7,6,5,4,3,2,-1])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:]+s[:4])) % 97 == 1
errs = []; ce = Counter(); cd = Counter(); langs = Counter(); seen = set()
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line); doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", row["entities"], ce), ("decoy", row["decoys"], cd)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(re.sub(r"[ .]", "", t)):
                errs.append(f"{doc}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(t):
                errs.append(f"{doc}: IBAN {t!r} fails mod-97")
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
print("documents:", len(seen), dict(langs))
print("entities:", dict(sorted(ce.items())), "total", sum(ce.values()))
print("decoys:", dict(sorted(cd.items())), "total", sum(cd.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
