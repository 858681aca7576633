#!/usr/bin/env python3
"""Own check of the identifiers-52 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(x)*w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; ent = Counter(); dec = Counter(); langs = Counter(); seen = set()
for ln, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    row = json.loads(line); doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: bad lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", row["entities"], ent), ("decoy", row["decoys"], dec)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: unknown entity {e}")
            if "\n" in t: errs.append(f"{doc}: label spans line break {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            cnt[e] += n
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(t): errs.append(f"{doc}: IBAN {t} fails mod-97")
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
print("documents:", sum(langs.values()), dict(langs))
print("entity occurrences:", dict(sorted(ent.items())), "total", sum(ent.values()))
print("decoy occurrences:", dict(sorted(dec.items())), "total", sum(dec.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
