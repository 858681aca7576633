#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-30 blind set (plain python3)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}

def bsn_ok(v):
    d = re.sub(r"[\s.\-]", "", v)
    if len(d) == 8: d = "0" + d
    if not re.fullmatch(r"\d{9}", d): return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0 and int(d) > 0

def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def nl_doc_shape(v):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v) is not None

errors = []
counts = collections.Counter(); dcounts = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]
    if doc in seen: errors.append(f"duplicate row {doc}")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path): errors.append(f"{doc}: no such document"); continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES: errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{doc}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: {kind} BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{doc}: IBAN fails mod-97: {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not t.startswith("I<NLD") and not nl_doc_shape(t):
                errors.append(f"{doc}: NL ID number has wrong shape: {t}")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{doc}: driving licence not 10 digits: {t}")
            (counts if kind == "entities" else dcounts)[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9.\-]+\.txt", d): errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
