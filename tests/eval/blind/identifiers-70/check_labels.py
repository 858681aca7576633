#!/usr/bin/env python3
"""Own check of the identifiers-70 labels (plain python3)."""
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
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; ents = Counter(); decs = Counter(); langs = Counter(); seen = set()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    row = json.loads(line); doc = row["doc"]
    if doc in seen: errs.append(f"{doc}: duplicate row")
    seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", row["entities"], ents), ("decoy", row["decoys"], decs)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {t!r} not found as whole word")
            if e == "NL_BSN" and re.fullmatch(r"[\d .]+", t) and len(re.sub(r"\D", "", t)) in (8, 9) and not bsn_ok(t):
                errs.append(f"{doc}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errs.append(f"{doc}: IBAN {t!r} fails mod-97")
    # every 9-digit number in the text labelled as BSN (entity or decoy) must pass the 11-check
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
for d in seen:
    if d not in docs: errs.append(f"{d}: row without document")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
print("decoys:", dict(sorted(decs.items())), "total", sum(decs.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
