#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-28 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
SPEC = ALLOWED | {"NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
counts = Counter()
dcounts = Counter()
langs = Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        row = json.loads(line)
        doc = row["doc"]
        if doc in seen:
            errors.append(f"duplicate row {doc}")
        seen.add(doc)
        if row.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: bad lang")
        langs[row.get("lang")] += 1
        path = os.path.join(HERE, "docs", doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: missing file"); continue
        text = open(path, encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row[kind]:
                e, t = lab["entity"], lab["text"]
                if e not in ALLOWED:
                    errors.append(f"{doc}: entity {e} not allowed (SPEC: {e in SPEC})")
                if "\n" in t or "\r" in t:
                    errors.append(f"{doc}: label spans line break: {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if e == "NL_BSN" and not bsn_ok(t):
                    errors.append(f"{doc}: BSN {t} fails 11-check")
                if e == "IBAN_CODE" and not iban_ok(t):
                    errors.append(f"{doc}: IBAN {t} fails mod-97")
                (counts if kind == "entities" else dcounts)[e] += 1
        if len({(l["entity"], l["text"]) for l in row["entities"] + row["decoys"]}) != len(row["entities"] + row["decoys"]):
            errors.append(f"{doc}: duplicate label")
        ent_texts = {l["text"] for l in row["entities"]}
        for l in row["decoys"]:
            if l["text"] in ent_texts:
                errors.append(f"{doc}: {l['text']!r} is both entity and decoy")
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  by lang: {dict(langs)}")
print("entity labels:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoy labels:", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
