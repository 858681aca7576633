#!/usr/bin/env python3
"""Own check of the identifiers-58 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}

def elfproef(s):
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def mod97(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
ent_count = collections.Counter(); dec_count = collections.Counter(); langs = collections.Counter()
for row in rows:
    doc = row["doc"]
    if doc in seen: errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if row.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang {row.get('lang')}")
    langs[row.get("lang")] += 1
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: no such document"); continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            (ent_count if kind == "entities" else dec_count)[e] += 1
            if e not in SPEC: errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{doc}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            digits = re.sub(r"\D", "", t)
            if e == "NL_BSN" and (kind == "entities" or len(digits) == 9):
                # foreign tax numbers of another length (PESEL 11, CNP 13) are exempt decoys
                if not (len(digits) in (8, 9) and elfproef(digits.zfill(9))):
                    errors.append(f"{doc}: {kind} BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(t):
                errors.append(f"{doc}: IBAN fails mod-97: {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities":
                if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", t):
                    errors.append(f"{doc}: NL ID shape wrong: {t}")
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
print(f"documents: {len(docs)}  rows: {len(rows)}  languages: {dict(langs)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
