#!/usr/bin/env python3
"""Author's own check of the running-text-65 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
USED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0

def iban_ok(t):
    s = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
names = [r["doc"] for r in rows]
for f in files:
    if f not in names:
        errors.append(f"{f}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
        errors.append(f"{f}: bad file name")
for n, c in Counter(names).items():
    if c > 1:
        errors.append(f"{n}: {c} label rows")
    if n not in files:
        errors.append(f"{n}: label row without document")

ent_count, dec_count, langs = Counter(), Counter(), Counter()
for r in rows:
    if r["doc"] not in files:
        continue
    text = open(os.path.join(DOCS, r["doc"]), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')!r}")
    langs[r.get("lang")] += 1
    seen = set()
    for kind, lst, cnt in (("entity", r["entities"], ent_count), ("decoy", r["decoys"], dec_count)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            where = f"{r['doc']}: {kind} {e} {t!r}"
            if e not in SPEC or e not in USED:
                errors.append(where + ": entity name not used in this set / not in SPEC")
            if "\n" in t or "\r" in t or t != t.strip() or not t:
                errors.append(where + ": empty, line break or outer whitespace")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(where + ": not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(where + ": fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(where + ": fails mod-97")
            if (e, t) in seen:
                errors.append(where + ": duplicate label")
            seen.add((e, t))
            cnt[e] += 1
    # a text may not be both an entity and a decoy of the same kind in one document
    ents = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: {l['text']!r} is entity and decoy")

print(f"documents: {len(files)}  label rows: {len(rows)}  by language: {dict(langs)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
