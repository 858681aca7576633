#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no deps)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK"}
def bsn_ok(s):
    s = s.replace(" ", "").replace(".", "")
    if not re.fullmatch(r"\d{8,9}", s): return False
    s = s.zfill(9); d = [int(c) for c in s]
    return (sum(d[i]*(9-i) for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; ce = Counter(); cd = Counter(); langs = Counter(); seen = set()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        row = json.loads(line); doc = row["doc"]
        if doc in seen: errs.append(f"{doc}: duplicate row")
        seen.add(doc); langs[row["lang"]] += 1
        if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang {row['lang']}")
        p = os.path.join(HERE, "docs", doc)
        if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
        text = open(p, encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row[kind]:
                e, t = lab["entity"], lab["text"]
                if e not in ENT: errs.append(f"{doc}: bad entity {e}")
                if "\n" in t or "\r" in t: errs.append(f"{doc}: label spans line break {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: {kind} BSN {t} fails 11-check")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{doc}: IBAN {t} fails mod-97")
                (ce if kind == "entities" else cd)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(seen), dict(langs))
print("entities:", dict(sorted(ce.items())), "total", sum(ce.values()))
print("decoys:", dict(sorted(cd.items())), "total", sum(cd.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
