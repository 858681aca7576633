#!/usr/bin/env python3
"""Author's own check of the labels of this blind set (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "FR": 27, "ES": 24, "RO": 24,
            "BG": 22, "PT": 25, "GB": 22, "LT": 20, "HU": 28, "IT": 27}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0 and d != "000000000"

def iban_ok(s):
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

labels = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for no, line in enumerate(f, 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if r["doc"] in labels:
            err(f"line {no}: duplicate doc {r['doc']}")
        labels[r["doc"]] = r

files = sorted(x for x in os.listdir(DOCS) if x.endswith(".txt"))
for fn in files:
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", fn):
        err(f"{fn}: bad file name")
    if fn not in labels:
        err(f"{fn}: no label line")
for d in labels:
    if d not in files:
        err(f"{d}: labelled but no file")

ent_count, dec_count, langs = Counter(), Counter(), Counter()
for fn, r in labels.items():
    if fn not in files:
        continue
    text = open(os.path.join(DOCS, fn), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        err(f"{fn}: bad lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    if set(r) - {"doc", "lang", "entities", "decoys"}:
        err(f"{fn}: unexpected keys {set(r)}")
    seen = set()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                err(f"{fn}: unknown entity {e}")
            if (kind, e, t) in seen:
                err(f"{fn}: duplicate label {kind} {e} {t!r}")
            seen.add((kind, e, t))
            if not t or t != t.strip():
                err(f"{fn}: empty/padded text {t!r}")
            if not whole(t, text):
                err(f"{fn}: {kind} {e} {t!r} not found as a whole word")
            if kind == "entities":
                ent_count[e] += 1
                if e == "NL_BSN" and not bsn_ok(t):
                    err(f"{fn}: BSN {t} fails the 11-check")
                if e == "IBAN_CODE" and not iban_ok(t):
                    err(f"{fn}: IBAN {t} invalid")
            else:
                dec_count[e] += 1
    ent_texts = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    dec_texts = {(l["entity"], l["text"]) for l in r.get("decoys", [])}
    if ent_texts & dec_texts:
        err(f"{fn}: same text both entity and decoy: {ent_texts & dec_texts}")
    bsn_texts = {t for (e, t) in ent_texts | dec_texts if e == "NL_BSN"}
    bsn_digits = {re.sub(r"\D", "", t) for t in bsn_texts}
    # every 11-check-valid 9-digit number (also written with spaces or dots) must be labelled;
    # digit groups that are part of a longer spaced number (a phone number) are left out
    for m in re.finditer(r"(?<![\w.+])(?<!\d )(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{2}[ .]\d{3}[ .]\d{2}[ .]\d{2})(?![\w]|\.\d| \d)", text):
        if bsn_ok(m.group(1)) and re.sub(r"\D", "", m.group(1)) not in bsn_digits:
            err(f"{fn}: 11-check-valid number {m.group(1)!r} not labelled as NL_BSN or decoy")
    for m in re.finditer(r"\b(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group(0)) and m.group(0) not in bsn_digits:
            err(f"{fn}: 11-check-valid number {m.group(0)!r} inside other text not labelled")
    for (e, t) in ent_texts:
        if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            err(f"{fn}: odd e-mail {t!r}")

print(f"documents: {len(files)}  labelled: {len(labels)}  languages: {dict(langs)}")
print("entities: " + ", ".join(f"{k}={v}" for k, v in sorted(ent_count.items())) + f"  (total {sum(ent_count.values())})")
print("decoys:   " + ", ".join(f"{k}={v}" for k, v in sorted(dec_count.items())) + f"  (total {sum(dec_count.values())})")
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
