#!/usr/bin/env python3
"""Own check of labels.jsonl for the identifiers-65 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
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
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def nlid_shape(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
counts = Counter()
langs = Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]
    if doc in seen:
        errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: bad lang")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: no such document"); continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            counts[(kind, e)] += 1
            if e not in SPEC:
                errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t or not t.strip():
                errors.append(f"{doc}: bad text {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{doc}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{doc}: IBAN {t} fails mod-97/format")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nlid_shape(t):
                errors.append(f"{doc}: NL ID {t} has not the 9-character shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{doc}: driving licence {t} not 10 digits")
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9.-]+\.txt", d, re.I):
        errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(langs)}")
for (kind, e), n in sorted(counts.items()):
    print(f"  {kind:8s} {e:20s} {n}")
print(f"  entities total: {sum(n for (k, _), n in counts.items() if k == 'entities')}")
print(f"  decoys total:   {sum(n for (k, _), n in counts.items() if k == 'decoys')}")
if errors:
    print("\n".join("ERROR " + x for x in errors))
    sys.exit(1)
print("OK")
