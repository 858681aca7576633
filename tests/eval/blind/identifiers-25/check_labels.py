#!/usr/bin/env python3
"""Author's own label check for identifiers-25 (plain python3, no dependencies)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE","NL_ID_DOCUMENT","NL_DRIVERS_LICENSE"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s).zfill(9)
    if len(d) != 9: return False
    return (sum((9-i)*int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper(); r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
err = []; cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
seen = {r["doc"] for r in rows}
for d in docs:
    if d not in seen: err.append(f"no label row: {d}")
for r in rows:
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p): err.append(f"missing doc {r['doc']}"); continue
    text = open(p, encoding="utf-8").read(); langs[r["lang"]] += 1
    for kind, lst in (("entities", r["entities"]), ("decoys", r["decoys"])):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: err.append(f"{r['doc']}: bad entity {e}")
            if "\n" in t: err.append(f"{r['doc']}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): err.append(f"{r['doc']}: 11-check fails {t}")
            if e == "IBAN_CODE" and not iban_ok(t): err.append(f"{r['doc']}: mod-97 fails {t}")
            (cnt if kind == "entities" else dcnt)[e] += 1
print("documents:", len(rows), dict(langs))
print("entities:", dict(cnt), "total", sum(cnt.values()))
print("decoys:", dict(dcnt), "total", sum(dcnt.values()))
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
