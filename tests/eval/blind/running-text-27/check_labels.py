#!/usr/bin/env python3
"""Author's own check of the running-text-27 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
SET_ENTITIES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND", "REVO"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    if t.startswith("NL") and (len(t) != 18 or t[4:8] not in NL_BANKS):
        return False
    r = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
counts = Counter()
langs = Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows (want 1)")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing document {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad file name {d}")
for r in rows:
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')!r}")
    langs[r.get("lang")] += 1
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            counts[(kind, e)] += 1
            if e not in SPEC_ENTITIES or e not in SET_ENTITIES:
                errors.append(f"{r['doc']}: entity {e} not allowed here")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            if t != t.strip():
                errors.append(f"{r['doc']}: label has outer whitespace: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t!r} fails the 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: {kind} IBAN {t!r} fails mod-97/format")
    ents = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: {l['text']!r} is both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
for (kind, e), n in sorted(counts.items()):
    print(f"  {kind:8s} {e:15s} {n}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
