#!/usr/bin/env python3
"""Own check of the identifiers-49 labels (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
        "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","SPECIAL_HEALTH","SPECIAL_RELIGION",
        "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
        "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def elf(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(c)*w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0
def mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    d = r["doc"]; seen.add(d); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    t = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for l in r.get(kind, []):
            e, x = l["entity"], l["text"]
            if e not in ENTS: errs.append(f"{d}: bad entity {e}")
            if "\n" in x: errs.append(f"{d}: label spans line break {x!r}")
            if not re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", t):
                errs.append(f"{d}: {kind} text not found as whole word: {x!r}")
            if e == "NL_BSN" and not elf(x): errs.append(f"{d}: {kind} BSN fails 11-check {x}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(x): errs.append(f"{d}: IBAN fails mod-97 {x}")
            (cnt if kind == "entities" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:  ", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
for e in errs: print("ERROR", e)
if errs: sys.exit(1)
print("OK")
