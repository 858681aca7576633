#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-62 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}
def elf(s):
    d = re.sub(r"\D", "", s).zfill(9)
    return len(d) == 9 and sum(int(c)*w for c, w in zip(d, [9,8,7,6,5,4,3,2,-1])) % 11 == 0
def mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; ents = Counter(); decs = Counter(); langs = Counter(); seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind, cnt in (("entities", ents), ("decoys", decs)):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not elf(t): errs.append(f"{doc}: BSN fails 11-check {t!r}")
            if e == "IBAN_CODE" and not mod97(t): errs.append(f"{doc}: IBAN fails mod-97 {t!r}")
files = set(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
for f in sorted(files - seen): errs.append(f"{f}: no label row")
if len(rows) != len(seen): errs.append("duplicate doc rows")
print("documents:", len(rows), dict(langs))
print("entities:", dict(ents), "total", sum(ents.values()))
print("decoys:", dict(decs), "total", sum(decs.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
