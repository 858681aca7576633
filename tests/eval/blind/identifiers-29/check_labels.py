#!/usr/bin/env python3
"""Author's own check of identifiers-29 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
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
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_ok(s):
    s = s.replace(" ", "").upper()
    if "<" in s:  # MRZ line: must start with the document type and NLD, 30 or 44 chars
        return len(s) in (30, 44) and s[2:5] == "NLD"
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")
ent_counts, dec_counts, langs = Counter(), Counter(), Counter()
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
            (ent_counts if kind == "entities" else dec_counts)[e] += 1
            if e not in SPEC:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans line break {t!r}")
            if not t.strip() or t != t.strip():
                errors.append(f"{r['doc']}: label has outer whitespace {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nl_id_ok(t):
                errors.append(f"{r['doc']}: NL ID {t} has wrong shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{r['doc']}: licence {t} not 10 digits")
        ents = {(l["entity"], l["text"]) for l in r["entities"]}
        decs = {(l["entity"], l["text"]) for l in r["decoys"]}
    both = ents & decs
    if both:
        errors.append(f"{r['doc']}: same text both entity and decoy {both}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entity labels:", dict(sorted(ent_counts.items())), "total", sum(ent_counts.values()))
print("decoy labels: ", dict(sorted(dec_counts.items())), "total", sum(dec_counts.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
