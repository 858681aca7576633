"""Own check of the identifiers-73 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) == 8: s = "0" + s
    if len(s) != 9: return False
    d = [int(c) for c in s]
    return (sum(d[i]*(9-i) for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
errs = []; ce = Counter(); cd = Counter(); langs = Counter(); seen = set()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ce), ("decoy", r["decoys"], cd)):
        for l in lst:
            e, t = l["entity"], l["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN {t} fails mod-97")
            if e == "NL_ID_DOCUMENT" and kind == "entity" and not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t):
                errs.append(f"{doc}: ID {t} has wrong shape")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
for d in seen:
    if d not in docs: errs.append(f"{d}: label row without document")
print("documents:", len(docs), dict(langs))
print("entities:", dict(ce), "total", sum(ce.values()))
print("decoys:", dict(cd), "total", sum(cd.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
