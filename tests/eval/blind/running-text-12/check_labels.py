#!/usr/bin/env python3
"""Check labels.jsonl against docs/: plain python3, no third-party packages. Exit 1 on error."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
BAD_SLUG = ("bsn", "negative", "religion", "decoy")

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    v = s.replace(" ", "").upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and v[4:8] not in NL_BANKS:
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def occurrences(text, needle):
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]

errors = []
counts = collections.Counter()
decoy_counts = collections.Counter()
langs = collections.Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
for row in rows:
    doc = row["doc"]
    if doc in seen:
        errors.append(f"{doc}: listed twice")
    seen.add(doc)
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc):
        errors.append(f"{doc}: bad file name")
    if any(w in doc.lower() for w in BAD_SLUG):
        errors.append(f"{doc}: label word in slug")
    if row.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: lang")
    langs[row.get("lang")] += 1
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: file missing")
        continue
    text = open(path, encoding="utf-8").read()
    ent_keys = set()
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                errors.append(f"{doc}: unknown entity {e}")
            if not occurrences(text, t):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{doc}: {kind} NL_BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{doc}: invalid IBAN {t!r}")
            if kind == "entities":
                counts[e] += 1
                ent_keys.add((e, t))
            else:
                decoy_counts[e] += 1
                if (e, t) in ent_keys:
                    errors.append(f"{doc}: {t!r} is both entity and decoy")
    # every IBAN-looking string in the text must be valid and labelled
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if iban_ok(m.group()) and ("IBAN_CODE", m.group()) not in ent_keys:
            errors.append(f"{doc}: unlabelled IBAN {m.group()}")
        if not iban_ok(m.group()):
            errors.append(f"{doc}: invalid IBAN-like string {m.group()}")
files = {f for f in os.listdir(DOCS) if f.endswith(".txt")}
for f in sorted(files - seen):
    errors.append(f"{f}: no labels row")

print(f"documents: {len(rows)} ({dict(langs)})")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(decoy_counts.items())), "total", sum(decoy_counts.values()))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
