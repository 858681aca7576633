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
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
errs = []; cnt = Counter(); dcnt = Counter(); langs = Counter(); seen = set()
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    row = json.loads(ln); doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    for kind, lst in (("entities", row["entities"]), ("decoys", row["decoys"])):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t!r}")
            (cnt if kind == "entities" else dcnt)[e] += 1
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
print("documents:", sum(langs.values()), dict(langs))
print("entities:", dict(cnt), "total", sum(cnt.values()))
print("decoys:", dict(dcnt), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
