#!/usr/bin/env python3
"""Check labels.jsonl of the identifiers-24 blind set (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
            "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "PT": 25, "FR": 27, "ES": 24, "GB": 22}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}

def bsn_ok(digits):
    if not digits.isdigit() or len(digits) not in (8, 9):
        return False
    d = [int(c) for c in digits.zfill(9)]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def nl_doc_ok(text):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", text) is not None

def whole(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

errors = []
counts = Counter()
dcounts = Counter()
langs = Counter()
seen = set()
docdir = os.path.join(HERE, "docs")
files = sorted(os.listdir(docdir))
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    rows = [json.loads(l) for l in fh if l.strip()]
for row in rows:
    doc = row["doc"]
    seen.add(doc)
    langs[row.get("lang")] += 1
    if row.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: bad lang")
    path = os.path.join(docdir, doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: no such document"); continue
    text = open(path, encoding="utf-8").read()
    covered = {}
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            ent, t = lab["entity"], lab["text"]
            if ent not in ENTITIES:
                errors.append(f"{doc}: unknown entity {ent}")
            if "\n" in t:
                errors.append(f"{doc}: label spans a line break: {t!r}")
            if not whole(t).search(text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            digits = re.sub(r"\D", "", t)
            if kind == "entities":
                counts[ent] += 1
                if ent == "NL_BSN" and not bsn_ok(digits):
                    errors.append(f"{doc}: BSN fails 11-check: {t!r}")
                if ent == "IBAN_CODE" and not iban_ok(t):
                    errors.append(f"{doc}: invalid IBAN: {t!r}")
                if ent == "NL_ID_DOCUMENT" and "<" not in t and not nl_doc_ok(t):
                    errors.append(f"{doc}: not a Dutch document number: {t!r}")
                if ent == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t):
                    errors.append(f"{doc}: licence not 10 digits: {t!r}")
            else:
                dcounts[ent] += 1
                if ent == "NL_BSN" and not bsn_ok(digits):
                    errors.append(f"{doc}: BSN decoy is not 11-check valid: {t!r}")
            if ent == "NL_BSN" and digits:
                covered[digits.zfill(9)] = kind
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in covered:
            errors.append(f"{doc}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)[Nn][Ll]\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if not any(re.sub(r"\s", "", l["text"]) == m.group() for l in row.get("entities", []) + row.get("decoys", [])):
            errors.append(f"{doc}: unlabelled IBAN-like {m.group()}")
for f in files:
    if f not in seen:
        errors.append(f"{f}: document without a label row")
print(f"documents: {len(rows)}  lang: {dict(sorted(langs.items()))}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
for e in errors:
    print("ERROR", e)
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
