#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-20 entity set (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "PL": 28, "RO": 24, "BG": 22, "LT": 20, "HU": 28, "PT": 25, "DE": 22,
            "BE": 16, "FR": 27, "ES": 24, "GB": 22}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(digits):
    if not re.fullmatch(r"\d{9}", digits):
        return False
    d = [int(c) for c in digits]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(text):
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def nl_doc_ok(text):
    s = text.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", s)) and "O" not in s

def whole(text, body):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body) is not None

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = [r["doc"] for r in labels]
for f in files:
    if f not in seen:
        err(f, "document has no label line")
for f in seen:
    if seen.count(f) > 1:
        err(f, "more than one label line")
ent_count, dec_count = Counter(), Counter()
langs = Counter()
bsn_decoys = 0
for r in labels:
    doc = r["doc"]
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        err(doc, "file missing"); continue
    if r.get("lang") not in ("nl", "en"):
        err(doc, "lang must be nl or en")
    langs[r.get("lang")] += 1
    body = open(path, encoding="utf-8").read()
    bsn_texts = set()
    for kind in ("entities", "decoys"):
        seen_pairs = set()
        for lab in r.get(kind, []):
            e, t = lab.get("entity"), lab.get("text")
            if e not in ENTITIES:
                err(doc, f"unknown entity {e!r}")
            if not t or not whole(t, body):
                err(doc, f"{kind} text not found as whole word: {t!r}")
            if (e, t) in seen_pairs:
                err(doc, f"duplicate {kind} label {e} {t!r}")
            seen_pairs.add((e, t))
            if kind == "entities":
                ent_count[e] += 1
                if e == "NL_BSN":
                    digits = re.sub(r"[ .]", "", t)
                    if not bsn_ok(digits):
                        err(doc, f"BSN fails 11-check: {t!r}")
                    bsn_texts.add(digits)
                if e == "IBAN_CODE" and not iban_ok(t):
                    err(doc, f"invalid IBAN: {t!r}")
                if e == "NL_ID_DOCUMENT" and not nl_doc_ok(t):
                    err(doc, f"not a Dutch document-number shape: {t!r}")
                if e == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t.replace(" ", "")):
                    err(doc, f"driving licence not 10 digits: {t!r}")
            else:
                dec_count[e] += 1
                if e == "NL_BSN":
                    digits = re.sub(r"[ .]", "", t)
                    if bsn_ok(digits):
                        bsn_decoys += 1
                    bsn_texts.add(digits)
    ents = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            err(doc, f"same text is entity and decoy of one kind: {l}")
    # every 11-check-valid 9-digit number (plain or in groups) must be labelled
    for m in re.finditer(r"(?<![\w+])\+?\d+(?:[ .-]\d+)*(?![\w])", body):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) == 9 and bsn_ok(digits) and digits not in bsn_texts:
            err(doc, f"unlabelled 11-check-valid number {m.group()!r}")

print(f"documents: {len(files)}  label lines: {len(labels)}  lang: {dict(langs)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
print(f"11-check-valid NL_BSN decoys: {bsn_decoys}")
for e in errors:
    print("ERROR", e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
