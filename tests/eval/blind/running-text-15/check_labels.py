#!/usr/bin/env python3
"""Author's check of labels.jsonl for the running-text-15 entity set (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "FR": 27, "ES": 24, "GB": 22, "IE": 22}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    v = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if IBAN_LEN.get(v[:2]) != len(v):
        return False
    if v[:2] == "NL" and v[4:8] not in NL_BANKS:
        return False
    num = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(num) % 97 == 1


def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None


errors = []
counts = Counter()
dcounts = Counter()
langs = Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(line) for line in f if line.strip()]
for row in rows:
    name = row["doc"]
    seen.add(name)
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        errors.append(f"{name}: no such document")
        continue
    text = open(path, encoding="utf-8").read()
    if row.get("lang") not in ("nl", "en"):
        errors.append(f"{name}: bad lang {row.get('lang')!r}")
    langs[row.get("lang")] += 1
    labelled = {}
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            ent, t = lab["entity"], lab["text"]
            if ent not in ENTITIES:
                errors.append(f"{name}: unknown entity {ent}")
            if not occurs(t, text):
                errors.append(f"{name}: {kind} text not found as whole word: {t!r}")
            if kind == "entities":
                counts[ent] += 1
                if ent == "NL_BSN" and not bsn_ok(t):
                    errors.append(f"{name}: BSN fails 11-check: {t}")
                if ent == "IBAN_CODE" and not iban_ok(t):
                    errors.append(f"{name}: invalid IBAN: {t}")
            else:
                dcounts[ent] += 1
            labelled.setdefault(ent, set()).add(t)
    # every 11-check-valid 9-digit number must be labelled (BSN or decoy)
    for m in re.finditer(r"(?<![\w-])\d{9}(?![\w-])", text):
        if bsn_ok(m.group()) and m.group() not in labelled.get("NL_BSN", set()):
            errors.append(f"{name}: unlabelled 11-check-valid number {m.group()}")
    # every e-mail address and every IBAN-shaped string must be labelled
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if m.group() not in labelled.get("EMAIL_ADDRESS", set()):
            errors.append(f"{name}: unlabelled e-mail {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group()) and m.group() not in labelled.get("IBAN_CODE", set()):
            errors.append(f"{name}: unlabelled IBAN {m.group()}")
for fn in sorted(os.listdir(DOCS)):
    if fn not in seen:
        errors.append(f"{fn}: document without labels")
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", fn):
        errors.append(f"{fn}: bad file name")

print(f"documents: {len(rows)} ({', '.join(f'{k}={v}' for k, v in sorted(langs.items()))})")
print("entity labels:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
print("decoy labels:", ", ".join(f"{k}={v}" for k, v in sorted(dcounts.items())))
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
