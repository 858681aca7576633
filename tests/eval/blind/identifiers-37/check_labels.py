#!/usr/bin/env python3
"""Own check of the identifiers-37 labels. Run: python3 check_labels.py"""
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
    return (sum(int(c)*w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
errs = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errs.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errs.append(f"label row for missing doc {d}")
ec, dc, langs = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errs.append(f"{r['doc']}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ec), ("decoy", r["decoys"], dc)):
        for x in lst:
            e, t = x["entity"], x["text"]
            cnt[e] += 1
            if e not in ENT: errs.append(f"{r['doc']}: bad entity {e}")
            if "\n" in t or not t.strip(): errs.append(f"{r['doc']}: bad text {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(re.sub(r"[ .]", "", t)):
                errs.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(t):
                errs.append(f"{r['doc']}: IBAN {t} fails mod-97")
    ent_texts = {x["text"] for x in r["entities"]}
    for x in r["decoys"]:
        if x["text"] in ent_texts: errs.append(f"{r['doc']}: {x['text']!r} both entity and decoy")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(ec.items())), "total", sum(ec.values()))
print("decoys:", dict(sorted(dc.items())), "total", sum(dc.values()))
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("OK")
