#!/usr/bin/env python3
"""Author's own label check for the identifiers-31 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return t % 11 == 0 and d != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
docs_dir = os.path.join(HERE, "docs")
docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
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
    path = os.path.join(docs_dir, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r.get("entities", []), ent_c), ("decoy", r.get("decoys", []), dec_c)):
        for x in lst:
            e, t = x["entity"], x["text"]
            cnt[e] += 1
            if e not in SPEC_ENTITIES:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: {kind} spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} NL_BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t!r} fails mod-97")
    # a text both entity and decoy of same entity in one doc is a contradiction
    ents = {(x["entity"], x["text"]) for x in r.get("entities", [])}
    for x in r.get("decoys", []):
        if (x["entity"], x["text"]) in ents:
            errors.append(f"{r['doc']}: {x} both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
