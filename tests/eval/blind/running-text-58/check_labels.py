#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the running-text-58 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}
SET_ENTS = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0 and int(d) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    if s.startswith("DE") and not re.fullmatch(r"DE\d{20}", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
names = [r["doc"] for r in rows]
for d in docs:
    if names.count(d) != 1:
        errors.append(f"{d}: {names.count(d)} label rows")
for n in names:
    if n not in docs:
        errors.append(f"label row for missing doc {n}")
ents, decs, langs = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    seen = set()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if e not in SET_ENTS:
                errors.append(f"{r['doc']}: entity {e} not scored in this set")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if (e, t) in seen:
                errors.append(f"{r['doc']}: duplicate label {e} {t!r}")
            seen.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} NL_BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: {kind} IBAN {t} fails mod-97/format")
            (ents if kind == "entities" else decs)[e] += 1
    # the same text must not be both an entity and a decoy of the same type
    ent_t = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ent_t:
            errors.append(f"{r['doc']}: {l['text']!r} both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
print("decoys:  ", dict(sorted(decs.items())), "total", sum(decs.values()))
if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print("OK")
