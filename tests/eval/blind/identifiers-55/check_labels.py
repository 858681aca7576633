#!/usr/bin/env python3
"""Author's own label check for the identifiers-55 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
       "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "SPECIAL_HEALTH",
       "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
       "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
counts = Counter(); dcounts = Counter(); langs = Counter()
docs = set(os.listdir(os.path.join(HERE, "docs")))
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        row = json.loads(line)
        doc = row["doc"]
        if doc in seen: errors.append(f"{doc}: duplicate row")
        seen.add(doc)
        if doc not in docs: errors.append(f"{doc}: no such document"); continue
        if row.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang")
        langs[row.get("lang")] += 1
        text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row.get(kind, []):
                e, t = lab["entity"], lab["text"]
                if e not in ENT: errors.append(f"{doc}: bad entity {e}")
                if "\n" in t or "\r" in t: errors.append(f"{doc}: label spans line break {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: {kind} BSN {t} fails 11-check")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    errors.append(f"{doc}: IBAN {t} fails mod-97")
                (counts if kind == "entities" else dcounts)[e] += 1
missing = docs - seen
for m in sorted(missing): errors.append(f"{m}: no label row")
print(f"documents: {len(seen)}  by language: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
