#!/usr/bin/env python3
"""Author's own check of the identifiers-54 labels (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

def bsn_ok(s):
    s = s.strip()
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
docs = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")
cnt = Counter(); langs = Counter()
for r in rows:
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p):
        continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            cnt[(kind, e)] += 1
            if e not in ENTS:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: BSN {kind} fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
for k in sorted(cnt):
    print(f"{k[0]:9s} {k[1]:20s} {cnt[k]}")
print("docs:", len(docs), dict(langs))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
