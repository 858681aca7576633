#!/usr/bin/env python3
"""Own check of the labels of the blind set running-text-68 (plain python3, no packages)."""
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
SET_DECOYS = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

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
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad file name {d}")

ent_counts, dec_counts, langs = Counter(), Counter(), Counter()
for r in rows:
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind, allowed, counter in (("entities", SET_ENTITIES, ent_counts), ("decoys", SET_DECOYS, dec_counts)):
        keys = set()
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES or e not in allowed:
                errors.append(f"{r['doc']}: {kind} entity {e} not allowed")
            if "\n" in t or "\r" in t or t != t.strip() or not t:
                errors.append(f"{r['doc']}: bad label text {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if (e, t) in keys:
                errors.append(f"{r['doc']}: duplicate {e} {t!r}")
            keys.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            counter[e] += 1
    ents = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: {l['text']!r} both entity and decoy")

print(f"documents: {len(docs)}  ({', '.join(f'{k}={v}' for k, v in sorted(langs.items()))})")
print("entity labels:", dict(sorted(ent_counts.items())), "total", sum(ent_counts.values()))
print("decoy labels: ", dict(sorted(dec_counts.items())), "total", sum(dec_counts.values()))
if errors:
    print("\n".join(errors))
    print("FAIL")
    sys.exit(1)
print("OK")
