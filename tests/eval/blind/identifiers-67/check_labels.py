#!/usr/bin/env python3
"""Author's own label check for blind set identifiers-67. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}
errors = []

def elf(n):
    d = [int(c) for c in n]
    return sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")

ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: bad lang")
    lang_c[r["lang"]] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t:
                errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            digits = re.sub(r"\D", "", t)
            if e == "NL_BSN" and re.fullmatch(r"\d{8,9}", t.replace(" ", "").replace(".", "")):
                if not elf(digits.zfill(9)):
                    errors.append(f"{r['doc']}: {kind} BSN fails 11-check: {t}")
            if e == "NL_BSN" and kind == "entities" and not re.fullmatch(r"\d{8,9}", digits):
                errors.append(f"{r['doc']}: BSN not 8/9 digits: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
            (ent_c if kind == "entities" else dec_c)[e] += 1

print("documents:", len(docs), dict(lang_c))
print("entity labels:", sum(ent_c.values()), dict(sorted(ent_c.items())))
print("decoy labels:", sum(dec_c.values()), dict(sorted(dec_c.items())))
if errors:
    print("\n".join(errors))
    print("FAILED", len(errors))
    sys.exit(1)
print("OK")
