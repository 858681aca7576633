#!/usr/bin/env python3
"""Author's check of labels.jsonl for the identifiers-21 blind entity set (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "ES": 24}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_valid(digits):
    if not re.fullmatch(r"\d{9}", digits):
        return False
    d = [int(c) for c in digits]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_valid(text):
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and s[4:8] not in NL_BANKS:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def nl_id_shape(text):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", text) is not None

def mrz_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)

def mrz_docnum_ok(line):
    # TD1 line 1: I<NLD + 9-character document number + check digit
    m = re.match(r"[IAP][A-Z<]NLD([A-Z0-9]{9})(\d)", line)
    return bool(m) and nl_id_shape(m.group(1)) and mrz_check(m.group(1)) == m.group(2)

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

# 9-digit candidates: plain, or grouped 3-3-3 / 4-2-3 with space or dot
NINE = re.compile(r"(?<![\w.\-/])(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\w]|[.\-/]\d)")

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
ent_count, dec_count = Counter(), Counter()
langs = Counter()
valid_decoys = set()
for rec in labels:
    name = rec["doc"]
    if name in seen:
        err(f"{name}: labelled twice")
    seen.add(name)
    path = os.path.join(HERE, "docs", name)
    if not os.path.exists(path):
        err(f"{name}: no such document"); continue
    if rec.get("lang") not in ("nl", "en"):
        err(f"{name}: bad lang")
    langs[rec.get("lang")] += 1
    doc = open(path, encoding="utf-8").read()
    labelled_nine = set()
    for kind in ("entities", "decoys"):
        pairs = set()
        for lab in rec.get(kind, []):
            ent, text = lab["entity"], lab["text"]
            if ent not in ENTITIES:
                err(f"{name}: unknown entity {ent}")
            if (ent, text) in pairs:
                err(f"{name}: duplicate {kind} label {ent} {text!r}")
            pairs.add((ent, text))
            if not whole(text, doc):
                err(f"{name}: {kind} text not found as whole word: {text!r}")
            (ent_count if kind == "entities" else dec_count)[ent] += 1
            digits = re.sub(r"[ .]", "", text)
            if ent == "NL_BSN" and kind == "entities":
                if not bsn_valid(digits):
                    err(f"{name}: BSN fails 11-check: {text!r}")
            if ent == "NL_BSN" and kind == "decoys" and re.fullmatch(r"\d{9}", digits) and not bsn_valid(digits):
                pass  # a decoy need not be 11-check valid (e.g. a V-number); fine either way
            if ent == "IBAN_CODE" and kind == "entities" and not iban_valid(text):
                err(f"{name}: invalid IBAN: {text!r}")
            if ent == "NL_ID_DOCUMENT" and kind == "entities" and "<" in text:
                if not mrz_docnum_ok(text):
                    err(f"{name}: MRZ document-number check digit wrong: {text!r}")
            elif ent == "NL_ID_DOCUMENT" and kind == "entities" and not nl_id_shape(text):
                err(f"{name}: not a Dutch document-number shape: {text!r}")
            if ent == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", text):
                err(f"{name}: driving licence number not 10 digits: {text!r}")
            if re.fullmatch(r"\d{9}", digits):
                labelled_nine.add(digits)
            if kind == "decoys" and ent == "NL_BSN":
                m9 = re.match(r"\d{9}", digits)
                if m9 and bsn_valid(m9.group(0)):
                    valid_decoys.add((name, m9.group(0)))
    # every 11-check-valid 9-digit number must be labelled as BSN or decoy
    for m in NINE.finditer(doc):
        d = re.sub(r"[ .]", "", m.group(1))
        if bsn_valid(d) and d not in labelled_nine:
            err(f"{name}: 11-check-valid number {m.group(1)!r} not labelled")
    # every IBAN-looking string must be labelled (entity or decoy)
    for m in re.finditer(r"(?<!\w)([A-Z]{2}\d{2}[A-Z0-9]{10,30})(?!\w)", doc):
        s = m.group(1)
        if iban_valid(s) and not any(l["text"] == s for l in rec.get("entities", []) + rec.get("decoys", [])):
            err(f"{name}: valid IBAN {s!r} not labelled")
for f in files:
    if f not in seen:
        err(f"{f}: document without labels")
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", f):
        err(f"{f}: bad file name")

print(f"documents: {len(files)}  labelled: {len(labels)}  lang: {dict(langs)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
print(f"NL_BSN decoys: {dec_count['NL_BSN']}, of which 11-check-valid 9-digit numbers: {len(valid_decoys)}")
if len(valid_decoys) < 40:
    err("fewer than 40 11-check-valid decoy numbers")
for e in errors:
    print("ERROR:", e)
if errors:
    sys.exit(1)
print("OK")
