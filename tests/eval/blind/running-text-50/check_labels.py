#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-50 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); langs = Counter(); seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: bad lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            cnt[(kind, e)] += 1
            if e not in ENT: errs.append(f"{doc}: entity {e} not allowed")
            if "\n" in t: errs.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN {t} fails mod-97")
files = set(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
for f in sorted(files - seen): errs.append(f"{f}: no label row")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(rows), dict(langs))
for (k, e), n in sorted(cnt.items()): print(f"  {k:8s} {e:14s} {n}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
