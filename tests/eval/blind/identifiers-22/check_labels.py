#!/usr/bin/env python3
"""Check labels.jsonl of this blind entity set (standard library only). Exit 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "FR": 27, "ES": 24, "GB": 22, "PT": 25}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def mrz_cd(s):
    w = (7, 3, 1)
    return sum((0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55) * w[i % 3]
               for i, c in enumerate(s)) % 10

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

counts = Counter(); dcounts = Counter(); langs = Counter(); seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
for row in rows:
    name = row["doc"]
    if name in seen:
        err(f"{name}: labelled twice")
    seen.add(name)
    if row.get("lang") not in ("nl", "en"):
        err(f"{name}: bad lang")
    langs[row.get("lang")] += 1
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        err(f"{name}: no such document"); continue
    doc = open(path, encoding="utf-8").read()
    covered = []
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            ent, text = lab["entity"], lab["text"]
            if ent not in ENTITIES:
                err(f"{name}: unknown entity {ent}")
            if not whole(text, doc):
                err(f"{name}: {kind} text not found as whole word: {text!r}")
            digits = re.sub(r"\D", "", text)
            if ent == "NL_BSN":
                if not bsn_ok(digits):
                    err(f"{name}: {kind} NL_BSN fails 11-check: {text!r}")
                covered.append(digits)
            elif kind == "decoys" and bsn_ok(digits):
                covered.append(digits)
            if ent == "IBAN_CODE" and kind == "entities" and not iban_ok(text):
                err(f"{name}: invalid IBAN {text!r}")
            if ent == "NL_ID_DOCUMENT" and kind == "entities":
                t = re.sub(r"\s", "", text)
                mrz = re.fullmatch(r"[IPA][A-Z<]NLD([A-NP-Z]{2}[A-NP-Z0-9]{6}\d)(\d)<*", t)
                if mrz and mrz_cd(mrz.group(1)) != int(mrz.group(2)):
                    err(f"{name}: MRZ check digit wrong {text!r}")
                elif not mrz and not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t):
                    err(f"{name}: bad Dutch document number shape {text!r}")
            (counts if kind == "entities" else dcounts)[ent] += 1
    # every 11-check-valid 9-digit number is labelled: plain, or written in groups or boxes
    # (digits separated by up to three spaces, dots, dashes or '|', or by one line break)
    for m in re.finditer(r"\d(?:(?:[ .|\-]{1,3}|[ |]*\n[ |]*)?\d)*", doc):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) == 9 and bsn_ok(d) and d not in covered:
            err(f"{name}: 11-check-valid number {m.group(0)!r} is not labelled (BSN or decoy)")
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", doc):
        if bsn_ok(m.group(0)) and m.group(0) not in covered:
            err(f"{name}: 11-check-valid number {m.group(0)!r} is not labelled (BSN or decoy)")
for fn in sorted(os.listdir(DOCS)):
    if fn not in seen:
        err(f"{fn}: document without labels")

print(f"documents: {len(rows)}  (" + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())) + ")")
print("entities: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f"  total={sum(counts.values())}")
print("decoys:   " + ", ".join(f"{k}={v}" for k, v in sorted(dcounts.items())) + f"  total={sum(dcounts.values())}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
