#!/usr/bin/env python3
"""Own check of labels.jsonl for the identifiers-56 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE"}
def elf(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(x)*w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0
def mod97(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
errs = []; ce = Counter(); cd = Counter(); langs = Counter(); seen = set()
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    row = json.loads(line)
    doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind, cnt in (("entities", ce), ("decoys", cd)):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not elf(t): errs.append(f"{doc}: {kind} BSN fails 11-check {t}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(t): errs.append(f"{doc}: IBAN mod97 {t}")
docs = set(os.listdir(os.path.join(HERE, "docs")))
for d in sorted(docs - seen): errs.append(f"{d}: no label row")
for d in sorted(seen - docs): errs.append(f"{d}: label row without document")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(ce.items())), "total", sum(ce.values()))
print("decoys:", dict(sorted(cd.items())), "total", sum(cd.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
