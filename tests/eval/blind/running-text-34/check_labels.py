#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no dependencies)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
SET_ENTITIES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows (want 1)")
for d in seen:
    if d not in docs: errors.append(f"label row for missing doc {d}")
for d in docs:
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"bad file name {d}")

ent_count, dec_count, langs = Counter(), Counter(), Counter()
for r in rows:
    langs[r.get("lang")] += 1
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r.get('lang')}")
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for kind, counter in (("entities", ent_count), ("decoys", dec_count)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES or e not in SET_ENTITIES:
                errors.append(f"{r['doc']}: entity {e} not a SPEC name used in this set")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as a whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} NL_BSN {t} fails the 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: {kind} IBAN {t} fails mod-97")
            counter[e] += n
    # duplicates
    keys = [(l["entity"], l["text"]) for l in r.get("entities", []) + r.get("decoys", [])]
    for k, c in Counter(keys).items():
        if c > 1: errors.append(f"{r['doc']}: duplicate label {k}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(langs)}")
print("entity occurrences:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoy occurrences: ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
print("distinct labels: entities", sum(len(r['entities']) for r in rows),
      "decoys", sum(len(r['decoys']) for r in rows))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
