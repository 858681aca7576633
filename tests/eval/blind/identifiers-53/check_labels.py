#!/usr/bin/env python3
"""Own check of identifiers-53 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
errs = []; cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for l in r.get(kind, []):
            e, t = l["entity"], l["text"]
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t or not t.strip(): errs.append(f"{doc}: bad text {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: {kind} BSN fails 11-check {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t}")
            (cnt if kind == "entities" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
