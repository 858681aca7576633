#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set identifiers-59 (plain python3, no deps)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
        "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
        "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return t % 11 == 0 and d != "000000000"

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
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        row = json.loads(line)
        doc = row["doc"]
        if doc in seen:
            errors.append(f"{doc}: duplicate row")
        seen.add(doc)
        langs[row["lang"]] += 1
        if row["lang"] not in ("nl", "en"):
            errors.append(f"{doc}: bad lang")
        path = os.path.join(HERE, "docs", doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: missing file"); continue
        text = open(path, encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row[kind]:
                e, t = lab["entity"], lab["text"]
                if e not in SPEC:
                    errors.append(f"{doc}: unknown entity {e}")
                if "\n" in t or "\r" in t:
                    errors.append(f"{doc}: label spans line break: {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: not found as whole word: {t!r}")
                if e == "NL_BSN" and not bsn_ok(t):
                    errors.append(f"{doc}: {kind} BSN fails 11-check: {t}")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    errors.append(f"{doc}: IBAN fails mod-97: {t}")
                if e == "NL_ID_DOCUMENT" and kind == "entities" and not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t):
                    errors.append(f"{doc}: NL ID number has wrong shape: {t}")
                (counts if kind == "entities" else dcounts)[e] += 1
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
print(f"documents: {len(docs)}  by language: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
