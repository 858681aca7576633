#!/usr/bin/env python3
"""Own check of the identifiers-48 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) == 8: s = "0" + s
    if len(s) != 9: return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = collections.Counter(); docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip(): continue
    row = json.loads(ln); d = row["doc"]; seen.add(d)
    if row.get("lang") not in ("nl", "en"): errs.append(f"{d}: bad lang")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    txt = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{d}: unknown entity {e}")
            if "\n" in t: errs.append(f"{d}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", txt):
                errs.append(f"{d}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN {kind} fails 11-check {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
            cnt[(kind, e)] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
for k in sorted(cnt): print(f"{k[0]:9s} {k[1]:20s} {cnt[k]}")
print("documents:", len(docs))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
