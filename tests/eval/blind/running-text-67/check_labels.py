#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set running-text-67."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; counts = collections.Counter(); langs = collections.Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{doc}: lang {r['lang']}")
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path): errs.append(f"{doc}: missing file"); continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            counts[(kind, e)] += 1
            if e not in ALLOWED: errs.append(f"{doc}: entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t!r}")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(seen) != len(rows): errs.append("duplicate rows")
print(f"documents: {len(docs)}  rows: {len(rows)}  by lang: {dict(langs)}")
for (k, e), n in sorted(counts.items()): print(f"  {k:8s} {e:15s} {n}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
