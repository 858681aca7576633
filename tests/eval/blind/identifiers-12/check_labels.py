#!/usr/bin/env python3
"""Checks labels.jsonl of the blind set identifiers-12 against docs/ (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "SPECIAL_HEALTH",
            "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
            "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or not re.fullmatch(r"[\d .]+", v):
        return False
    n = [int(c) for c in d]
    return (sum(n[i] * (9 - i) for i in range(8)) - n[8]) % 11 == 0 and d != "000000000"

def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def vat_ok(v):
    s = v.replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    if not m:
        return False
    d = m.group(1)
    return sum(int(d[i]) * (9 - i) for i in range(8)) % 11 == int(d[8])

def id_ok(v):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v))

def date_like(v):
    return bool(re.search(r"\d", v)) and bool(re.search(r"\d{2}|\d[-./ ]|[A-Za-z]{3}", v))

seen = set()
ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
for ln in lines:
    if not ln.strip():
        continue
    rec = json.loads(ln)
    doc = rec.get("doc")
    if doc in seen:
        err(doc, "listed twice")
    seen.add(doc)
    if rec.get("lang") not in ("nl", "en"):
        err(doc, "lang must be nl or en")
    path = os.path.join(DOCS, doc or "")
    if not doc or not os.path.isfile(path):
        err(doc, "document file missing")
        continue
    text = open(path, encoding="utf-8").read()
    lang_count[rec["lang"]] += 1
    pairs = set()
    for kind in ("entities", "decoys"):
        for lab in rec.get(kind, []):
            e, t = lab.get("entity"), lab.get("text")
            if e not in ENTITIES:
                err(doc, f"unknown entity {e!r}")
                continue
            if not t or t != t.strip():
                err(doc, f"empty or padded text {t!r}")
                continue
            if (e, t) in pairs:
                err(doc, f"duplicate label {e} {t!r}")
            pairs.add((e, t))
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                err(doc, f"{kind[:-1]} {e} {t!r} not found as a whole word")
                continue
            (ent_count if kind == "entities" else dec_count)[e] += 1
            if kind == "entities":
                if e == "NL_BSN" and not bsn_ok(t):
                    err(doc, f"BSN {t!r} fails the 11-check")
                if e == "IBAN_CODE" and not iban_ok(t):
                    err(doc, f"IBAN {t!r} invalid (mod-97, length or bank code)")
                if e == "NL_VAT" and not vat_ok(t):
                    err(doc, f"VAT {t!r} invalid")
                if e == "NL_KVK" and not re.fullmatch(r"\d{8}", t.replace(" ", "").replace(".", "")):
                    err(doc, f"KvK {t!r} is not 8 digits")
                if e == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t):
                    err(doc, f"driving licence {t!r} is not 10 digits")
                if e == "NL_ID_DOCUMENT" and not id_ok(t):
                    err(doc, f"ID number {t!r} has a wrong format")
                if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t):
                    err(doc, f"email {t!r} malformed")
                if e == "PHONE_NUMBER" and len(re.sub(r"\D", "", t)) < 9:
                    err(doc, f"phone {t!r} has fewer than 9 digits")
                if e == "DATE_OF_BIRTH" and not date_like(t):
                    err(doc, f"birth date {t!r} does not look like a date")
            else:
                if e == "NL_BSN" and not bsn_ok(t):
                    err(doc, f"BSN decoy {t!r} does not pass the 11-check (pointless decoy)")
    ents = {(l["entity"], l["text"]) for l in rec.get("entities", [])}
    for l in rec.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            err(doc, f"{l['text']!r} is both entity and decoy")
    # a BSN-shaped entity value must not be listed as a decoy elsewhere in the same doc
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
for f in files:
    if f not in seen:
        err(f, "document has no labels line")
    if not re.fullmatch(r"\d{3}-[a-z0-9.-]+\.txt", f):
        err(f, "bad file name")
    for w in ("bsn", "negative", "religion", "decoy"):
        if w in f.lower():
            err(f, f"slug contains label word {w!r}")

print(f"documents: {len(seen)} (nl {lang_count['nl']}, en {lang_count['en']})")
print("entity labels:  " + ", ".join(f"{k} {v}" for k, v in sorted(ent_count.items())))
print("decoy labels:   " + ", ".join(f"{k} {v}" for k, v in sorted(dec_count.items())))
if errors:
    print(f"{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
