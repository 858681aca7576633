#!/usr/bin/env python3
"""Author's check of labels.jsonl for the identifiers-19 blind entity set (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "ES": 24, "FR": 27, "GB": 22, "IE": 22,
            "PT": 25, "RO": 24, "IT": 27, "BG": 22, "LT": 20}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
DOCNR = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")
errors = []


def err(msg):
    errors.append(msg)


def elf(d):
    d = [int(c) for c in d]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and s[4:8] not in NL_BANKS:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def word_spans(text, needle):
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs_on_disk = set(os.listdir(os.path.join(HERE, "docs")))
seen = set()
ent_count, dec_count, langs = Counter(), Counter(), Counter()
elf_decoys = set()
for row in rows:
    name = row["doc"]
    if name in seen:
        err(f"{name}: duplicate row")
    seen.add(name)
    langs[row.get("lang")] += 1
    if row.get("lang") not in ("nl", "en"):
        err(f"{name}: lang {row.get('lang')!r}")
    if name not in docs_on_disk:
        err(f"{name}: no such document")
        continue
    text = open(os.path.join(HERE, "docs", name), encoding="utf-8").read()
    covered = []
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                err(f"{name}: unknown entity {e}")
            spans = word_spans(text, t)
            if not spans:
                err(f"{name}: {kind} {e} {t!r} not found as a whole word")
            covered += spans
            digits = re.sub(r"\D", "", t)
            if e == "NL_BSN":
                if not elf(digits):
                    err(f"{name}: {kind} NL_BSN {t!r} fails the 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                err(f"{name}: IBAN {t!r} invalid")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and "<" not in t and not DOCNR.match(t):
                err(f"{name}: document number {t!r} has not the Dutch shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and len(digits) != 10:
                err(f"{name}: driving licence {t!r} is not 10 digits")
            (ent_count if kind == "entities" else dec_count)[e] += 1
    # every 11-check-valid 9-digit number must be covered by a label
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if elf(m.group()) and not any(a <= m.start() and m.end() <= b for a, b in covered):
            err(f"{name}: 11-check-valid {m.group()} not labelled (BSN or decoy)")
    for lab in row.get("decoys", []):
        d = re.sub(r"\D", "", lab["text"])
        if lab["entity"] == "NL_BSN" and elf(d):
            elf_decoys.add((name, d))
for d in sorted(docs_on_disk - seen):
    err(f"{d}: document without a label row")

print(f"documents: {len(rows)}  ({dict(langs)})")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
print("distinct 11-check-valid decoy numbers:", len(elf_decoys))
if len(elf_decoys) < 40:
    err("fewer than 40 11-check-valid decoys")
for e in errors:
    print("ERROR", e)
if errors:
    sys.exit(1)
print("OK")
