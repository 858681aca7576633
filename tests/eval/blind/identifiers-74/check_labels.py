#!/usr/bin/env python3
"""Own check of labels.jsonl for the identifiers-74 blind set (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
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
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
labelled = [r["doc"] for r in rows]
for d in docs:
    if labelled.count(d) != 1:
        errors.append(f"{d}: {labelled.count(d)} label rows")
for d in labelled:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")

ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    lang_c[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: bad lang")
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind, counter in (("entities", ent_c), ("decoys", dec_c)):
        seen = set()
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            counter[e] += 1
            if e not in ENTITIES:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if (e, t) in seen:
                errors.append(f"{r['doc']}: duplicate {kind} label {t!r}")
            seen.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
    ents = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: same text is entity and decoy: {l['text']!r}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
