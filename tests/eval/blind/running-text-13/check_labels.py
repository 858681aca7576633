#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the running-text-13 blind set (stdlib only)."""
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
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "FR": 27, "ES": 24, "PT": 25,
            "BG": 22, "GB": 22, "IT": 27, "LT": 20, "LV": 21, "HU": 28, "CZ": 24, "SK": 24, "TR": 26}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def whole(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")

seen = set()
counts = Counter()
dcounts = Counter()
langs = Counter()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(line) for line in f if line.strip()]
files = sorted(x for x in os.listdir(DOCS) if x.endswith(".txt"))
for row in rows:
    doc = row.get("doc")
    if doc in seen:
        err(f"{doc}: labelled twice")
    seen.add(doc)
    path = os.path.join(DOCS, doc or "")
    if not doc or not os.path.isfile(path):
        err(f"{doc}: no such document")
        continue
    if row.get("lang") not in ("nl", "en"):
        err(f"{doc}: bad lang {row.get('lang')!r}")
    langs[row.get("lang")] += 1
    text = open(path, encoding="utf-8").read()
    labelled_bsn = set()
    labelled_iban = set()
    labelled_email = set()
    for kind in ("entities", "decoys"):
        pairs = set()
        for lab in row.get(kind, []):
            ent, t = lab.get("entity"), lab.get("text")
            if ent not in ENTITIES:
                err(f"{doc}: unknown entity {ent!r}")
            if not t or not whole(t).search(text):
                err(f"{doc}: {kind} text {t!r} not found as a whole word")
            if (ent, t) in pairs:
                err(f"{doc}: duplicate {kind} label {ent} {t!r}")
            pairs.add((ent, t))
            (counts if kind == "entities" else dcounts)[ent] += 1
            if ent == "NL_BSN":
                labelled_bsn.add(re.sub(r"\D", "", t))
                if kind == "entities" and not bsn_ok(t):
                    err(f"{doc}: BSN {t!r} fails the 11-check")
            if ent == "IBAN_CODE":
                labelled_iban.add(t.replace(" ", "").upper())
                if kind == "entities" and not iban_ok(t):
                    err(f"{doc}: IBAN {t!r} invalid")
            if ent == "EMAIL_ADDRESS" and kind == "entities":
                labelled_email.add(t)
    # every 11-check-valid 9-digit number must be labelled (entity or decoy)
    for m in re.finditer(r"(?<![\d\w])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d\w])", text):
        v = re.sub(r"\D", "", m.group(1))
        if bsn_ok(v) and v not in labelled_bsn:
            err(f"{doc}: 11-check-valid number {m.group(1)!r} not labelled as NL_BSN or decoy")
    # every IBAN-looking string labelled
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if iban_ok(m.group(0)) and m.group(0) not in labelled_iban:
            err(f"{doc}: valid IBAN {m.group(0)!r} not labelled")
    # every e-mail address labelled
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if m.group(0) not in labelled_email:
            err(f"{doc}: e-mail {m.group(0)!r} not labelled")
for doc in files:
    if doc not in seen:
        err(f"{doc}: document without labels")

print(f"documents: {len(files)} (labelled {len(seen)}), lang: {dict(langs)}")
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
