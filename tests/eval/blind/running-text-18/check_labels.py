#!/usr/bin/env python3
"""Author's check of the labels of blind set running-text-18 (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "PL": 28,
            "PT": 25, "IT": 27, "IE": 22, "LU": 20, "AT": 20}
errors = []

def err(msg):
    errors.append(msg)

def bsn_valid(s):
    d = re.sub(r"[\s.]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and int(d) != 0

def iban_valid(s):
    v = s.replace(" ", "").upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and v[4:8] not in NL_BANKS:
        return False
    n = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(n) % 97 == 1

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

ent_count, dec_count, langs = Counter(), Counter(), Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        name = rec.get("doc")
        if name in seen:
            err(f"line {ln}: duplicate doc {name}")
        seen.add(name)
        if rec.get("lang") not in ("nl", "en"):
            err(f"{name}: bad lang {rec.get('lang')}")
        langs[rec.get("lang")] += 1
        path = os.path.join(DOCS, name)
        if not os.path.isfile(path):
            err(f"{name}: document missing"); continue
        doc = open(path, encoding="utf-8").read()
        pairs = set()
        for kind in ("entities", "decoys"):
            for lab in rec.get(kind, []):
                e, t = lab.get("entity"), lab.get("text")
                if e not in ENTITIES:
                    err(f"{name}: unknown entity {e}")
                if not t or not whole(t, doc):
                    err(f"{name}: {kind} text not found as whole word: {t!r}")
                if (e, t) in pairs:
                    err(f"{name}: {e} {t!r} listed twice (or as entity and decoy)")
                pairs.add((e, t))
                if kind == "entities":
                    ent_count[e] += 1
                    if e == "NL_BSN" and not bsn_valid(t):
                        err(f"{name}: BSN fails 11-check: {t}")
                    if e == "IBAN_CODE" and not iban_valid(t):
                        err(f"{name}: invalid IBAN: {t}")
                else:
                    dec_count[e] += 1
        bsn_texts = {re.sub(r"\D", "", t) for (e, t) in pairs if e == "NL_BSN"}
        for m in re.finditer(r"(?<![\d\w])\d{9}(?![\d\w])", doc):
            if bsn_valid(m.group()) and m.group() not in bsn_texts:
                err(f"{name}: 11-check-valid number {m.group()} not labelled as NL_BSN or decoy")

on_disk = {n for n in os.listdir(DOCS) if n.endswith(".txt")}
for n in sorted(on_disk - seen):
    err(f"{n}: no label line")
for n in on_disk:
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", n):
        err(f"{n}: bad file name")

print(f"documents: {len(seen)} (nl {langs['nl']}, en {langs['en']})")
print("entities:", ", ".join(f"{k} {v}" for k, v in sorted(ent_count.items())), f"(total {sum(ent_count.values())})")
print("decoys:", ", ".join(f"{k} {v}" for k, v in sorted(dec_count.items())), f"(total {sum(dec_count.values())})")
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
