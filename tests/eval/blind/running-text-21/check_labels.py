#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the running-text-21 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
SET_ENTITIES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
for r in rows:
    doc = r["doc"]
    if doc in seen:
        errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{doc}: bad lang {r.get('lang')}")
    lang_count[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: no such document")
        continue
    text = open(path, encoding="utf-8").read()
    for kind, counter in (("entities", ent_count), ("decoys", dec_count)):
        pairs = set()
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES or e not in SET_ENTITIES:
                errors.append(f"{doc}: {kind} entity {e} not a SPEC entity of this set")
            if (e, t) in pairs:
                errors.append(f"{doc}: duplicate {kind} label {e} {t!r}")
            pairs.add((e, t))
            if "\n" in t or "\r" in t:
                errors.append(f"{doc}: label spans a line break: {t!r}")
            if t != t.strip() or not t:
                errors.append(f"{doc}: label has outer whitespace: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{doc}: {kind} BSN {t!r} fails the 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{doc}: {kind} IBAN {t!r} fails mod-97")
            counter[e] += 1
    ent_texts = {l["text"] for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if l["text"] in ent_texts:
            errors.append(f"{doc}: {l['text']!r} is both entity and decoy")
for d in docs:
    if d not in seen:
        errors.append(f"{d}: document has no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  rows: {len(rows)}  by language: {dict(lang_count)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
