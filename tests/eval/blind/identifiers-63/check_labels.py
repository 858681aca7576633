#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-63 blind set (plain python3)."""
import json, os, re, sys, collections

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
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and int(d) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
counts = collections.Counter()
dcounts = collections.Counter()
langs = collections.Counter()
docs_dir = os.path.join(HERE, "docs")
files = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        doc = row["doc"]
        if doc in seen:
            errors.append(f"line {n}: duplicate row for {doc}")
        seen.add(doc)
        if row.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: lang {row.get('lang')!r}")
        langs[row.get("lang")] += 1
        path = os.path.join(docs_dir, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: no such document"); continue
        text = open(path, encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row.get(kind, []):
                e, t = lab["entity"], lab["text"]
                if e not in ENTITIES:
                    errors.append(f"{doc}: unknown entity {e}")
                if "\n" in t or "\r" in t:
                    errors.append(f"{doc}: label spans a line break: {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
                if e == "NL_BSN" and not bsn_ok(t):
                    errors.append(f"{doc}: {kind} NL_BSN fails 11-check: {t!r}")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    errors.append(f"{doc}: IBAN fails mod-97: {t!r}")
                if e == "NL_ID_DOCUMENT" and kind == "entities":
                    if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", t.replace(" ", "")):
                        errors.append(f"{doc}: NL ID number has wrong shape: {t!r}")
                (counts if kind == "entities" else dcounts)[e] += 1
for f in files:
    if f not in seen:
        errors.append(f"{f}: no label row")
print(f"documents: {len(files)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
