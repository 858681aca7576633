#!/usr/bin/env python3
"""Own check of running-text-23 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c)*w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; ec = Counter(); dc = Counter(); langs = Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for r in rows:
    d = r["doc"]; seen.add(d); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no such document"); continue
    txt = open(p, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ec), ("decoy", r["decoys"], dc)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]; cnt[e] += 1
            if e not in SPEC: errs.append(f"{d}: {kind} entity {e} not in SPEC")
            if "\n" in t: errs.append(f"{d}: {kind} {t!r} spans a line break")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", txt):
                errs.append(f"{d}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: {kind} IBAN {t!r} fails mod-97")
    if len(seen) != len([x for x in rows if x["doc"] in seen]): pass
dups = [d for d, n in Counter(r["doc"] for r in rows).items() if n > 1]
for d in dups: errs.append(f"{d}: more than one label row")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print(f"documents: {len(docs)}  label rows: {len(rows)}  langs: {dict(langs)}")
print("entities:", dict(sorted(ec.items())), "total", sum(ec.values()))
print("decoys:  ", dict(sorted(dc.items())), "total", sum(dc.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
