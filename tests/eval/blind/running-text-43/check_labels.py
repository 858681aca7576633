#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set running-text-43 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
        "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
        "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i])*(9-i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); dcnt = Counter(); langs = Counter(); seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTS: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t}")
            (cnt if kind == "entities" else dcnt)[e] += 1
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
if len(seen) != len(rows): errs.append("duplicate rows")
print("documents:", len(rows), dict(langs))
print("entity labels:", dict(cnt), "total", sum(cnt.values()))
print("decoy labels:", dict(dcnt), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
