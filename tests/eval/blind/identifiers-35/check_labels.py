import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    d = [int(c) for c in s]
    return (sum((9-i)*d[i] for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); dcnt = Counter(); seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
langs = Counter()
for r in rows:
    d = r["doc"]; seen.add(d); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: bad lang")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    t = open(p, encoding="utf-8").read()
    for kind, lst in (("entity", r["entities"]), ("decoy", r["decoys"])):
        for lab in lst:
            e, x = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{d}: unknown entity {e}")
            if "\n" in x: errs.append(f"{d}: label spans line break {x!r}")
            if not re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", t):
                errs.append(f"{d}: {kind} {e} {x!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(x.replace(".", "").replace(" ", "")):
                errs.append(f"{d}: {kind} BSN {x!r} fails 11-check")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(x):
                errs.append(f"{d}: IBAN {x!r} fails mod-97")
            (cnt if kind == "entity" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
