#!/usr/bin/env python3
"""Own check of the running-text-26 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
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
errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"{d}: label row without document")
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: bad lang")
    lang_c[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p): continue
    text = open(p, encoding="utf-8").read()
    for kind, cnt in (("entities", ent_c), ("decoys", dec_c)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in ALLOWED: errors.append(f"{r['doc']}: entity {e} not allowed")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
print("documents:", len(docs), dict(lang_c))
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
