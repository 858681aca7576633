#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-64 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
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
    return sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) % 11 == int(d[8])

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

errors = []
counts = Counter()
dcounts = Counter()
langs = Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
for row in rows:
    doc = row["doc"]
    if doc in seen:
        errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if row.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: bad lang")
    langs[row.get("lang")] += 1
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: document missing")
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{doc}: {kind} NL_BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{doc}: {kind} IBAN fails mod-97/format: {t!r}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nl_id_ok(t):
                errors.append(f"{doc}: NL_ID_DOCUMENT has wrong shape: {t!r}")
            (counts if kind == "entities" else dcounts)[e] += 1
docs = sorted(x for x in os.listdir(DOCS) if x.endswith(".txt"))
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"{d}: bad file name")
print(f"documents: {len(docs)}  label rows: {len(rows)}  by language: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
