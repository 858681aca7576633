#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set running-text-48 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
SPEC = ALLOWED | {"NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
counts = Counter(); dcounts = Counter(); langs = Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]
    if doc in seen: errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: bad lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p):
        errors.append(f"{doc}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ALLOWED: errors.append(f"{doc}: entity {e} not allowed in this set")
            if "\n" in t: errors.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN {t} fails mod-97")
            (counts if kind == "entities" else dcounts)[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
