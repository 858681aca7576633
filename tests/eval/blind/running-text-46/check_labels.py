#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-46 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENT_OK = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
SPEC_NAMES = ENT_OK | {"NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t):
        return False
    if t.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", t):
        return False
    r = t[4:] + t[:4]
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
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    lang_c[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: bad lang")
    p = os.path.join(DOCS, r["doc"])
    if not os.path.exists(p):
        continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_NAMES or (kind == "entities" and e not in ENT_OK):
                errors.append(f"{r['doc']}: entity name {e}")
            if "\n" in t or t != t.strip() or not t:
                errors.append(f"{r['doc']}: bad text {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            (ent_c if kind == "entities" else dec_c)[e] += 1
    for kind in ("entities", "decoys"):
        texts = [l["text"] for l in r[kind]]
        if len(texts) != len(set(texts)):
            errors.append(f"{r['doc']}: duplicate {kind} text")
    both = {(l["entity"], l["text"]) for l in r["entities"]} & {(l["entity"], l["text"]) for l in r["decoys"]}
    if both:
        errors.append(f"{r['doc']}: same text as entity and decoy {both}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by language: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
