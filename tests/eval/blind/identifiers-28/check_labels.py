#!/usr/bin/env python3
"""Author's own check of identifiers-28 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
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
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

errors = []
counts = collections.Counter()
dcounts = collections.Counter()
langs = collections.Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]
    if doc in seen:
        errors.append(f"{doc}: duplicate label row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: bad lang")
    langs[r.get("lang")] += 1
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: no such document")
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES:
                errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{doc}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{doc}: {kind} BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{doc}: IBAN fails mod-97/format: {t!r}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not t.startswith("I<NLD") \
                    and not nl_id_ok(t.replace(" ", "")):
                errors.append(f"{doc}: NL ID number has wrong shape: {t!r}")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{doc}: driving licence not 10 digits: {t!r}")
            (counts if kind == "entities" else dcounts)[e] += 1
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
for f in docs:
    if f not in seen:
        errors.append(f"{f}: document has no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
        errors.append(f"{f}: bad file name")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK")
