#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-55 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
SPEC = ALLOWED | {"NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")
ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: bad lang")
    lang_count[r.get("lang")] += 1
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        labs = r.get(kind)
        if labs is None:
            errors.append(f"{r['doc']}: no {kind}")
            continue
        pairs = Counter((x["entity"], x["text"]) for x in labs)
        for p, n in pairs.items():
            if n > 1:
                errors.append(f"{r['doc']}: duplicate {kind} {p}")
        for x in labs:
            e, t = x["entity"], x["text"]
            if e not in SPEC or e not in ALLOWED:
                errors.append(f"{r['doc']}: entity {e} not allowed in this set")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t!r}")
            (ent_count if kind == "entities" else dec_count)[e] += 1
    ents = {(x["entity"], x["text"]) for x in r.get("entities", [])}
    for x in r.get("decoys", []):
        if (x["entity"], x["text"]) in ents:
            errors.append(f"{r['doc']}: same text is entity and decoy: {x['text']!r}")

print(f"documents: {len(docs)}  by language: {dict(lang_count)}")
print("entity labels:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoy labels: ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
