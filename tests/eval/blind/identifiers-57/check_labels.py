#!/usr/bin/env python3
"""Own check of labels.jsonl for the identifiers-57 blind set. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    s = s.replace(" ", "").replace(".", "")
    if not re.fullmatch(r"\d{8,9}", s): return False
    s = s.zfill(9)
    t = sum((9-i)*int(s[i]) for i in range(8)) - int(s[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r)) % 97 == 1
errs = []; cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for ln, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    row = json.loads(line)
    d = row["doc"]; seen.add(d); langs[row["lang"]] += 1
    if row["lang"] not in ("nl","en"): errs.append(f"{d}: lang")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities","decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{d}: bad entity {e}")
            if "\n" in t: errs.append(f"{d}: line break in {t!r}")
            if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)", text):
                errs.append(f"{d}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN {kind} fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97: {t}")
            (cnt if kind=="entities" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
