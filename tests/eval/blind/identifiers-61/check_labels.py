#!/usr/bin/env python3
"""Own check of the identifiers-61 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}
SCORED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS",
          "IBAN_CODE", "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")

ent_count, dec_count, occ_count, langs = Counter(), Counter(), Counter(), Counter()
for r in rows:
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC or e not in SCORED:
                errors.append(f"{r['doc']}: entity {e} not a scored SPEC name")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as a whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            if kind == "entities":
                ent_count[e] += 1
                occ_count[e] += n
            else:
                dec_count[e] += 1
    # same text labelled as entity and decoy of the same entity in one doc
    ents = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: {l['text']} is both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(langs)}")
print("entity labels (distinct texts / occurrences):")
for e in sorted(ent_count):
    print(f"  {e:20s} {ent_count[e]:4d} / {occ_count[e]:4d}")
print("decoy labels:")
for e in sorted(dec_count):
    print(f"  {e:20s} {dec_count[e]:4d}")
if errors:
    print("ERRORS:")
    for x in errors:
        print("  " + x)
    sys.exit(1)
print("OK")
