#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set identifiers-36 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}

def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0

def iban_ok(t):
    s = re.sub(r"\s", "", t).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

errors = []
docs = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"label row for missing doc {d}")
ent_c, dec_c, langs = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: bad lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p): continue
    text = open(p, encoding="utf-8").read()
    for kind, counter in (("entities", ent_c), ("decoys", dec_c)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            counter[e] += 1
            if e not in SPEC_ENTITIES: errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: {kind} IBAN {t!r} fails mod-97")

print(f"documents: {len(docs)}  ({dict(langs)})")
print("entity labels:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoy labels: ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
