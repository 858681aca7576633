#!/usr/bin/env python3
"""Own label check for the blind set identifiers-45 (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE","NL_ID_DOCUMENT","NL_DRIVERS_LICENSE"}
def bsn_ok(s):
    s = s.zfill(9)
    return s.isdigit() and len(s) == 9 and (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    d = r["doc"]; seen.add(d); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    txt = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for x in r[kind]:
            e, t = x["entity"], x["text"]
            if e not in ENT: errs.append(f"{d}: bad entity {e}")
            if "\n" in t: errs.append(f"{d}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", txt): errs.append(f"{d}: {kind} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errs.append(f"{d}: IBAN {t} fails mod-97")
            cnt[(kind, e)] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(rows) != len(seen): errs.append("duplicate rows")
print("documents:", len(docs), dict(langs))
for (k, e), n in sorted(cnt.items()): print(f"  {k:8s} {e:20s} {n}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
