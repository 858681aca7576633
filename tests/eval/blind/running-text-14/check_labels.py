#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the running-text-14 entity set (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "FR": 27, "GB": 22, "ES": 24, "RO": 24}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d, c in seen.items():
    if c > 1:
        err(f"{d}: {c} label lines")
for f in files:
    if f not in seen:
        err(f"{f}: no label line")
for d in seen:
    if d not in files:
        err(f"{d}: label line without document")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d, re.I):
        err(f"{d}: bad file name")

ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
for r in rows:
    d = r["doc"]
    if r.get("lang") not in ("nl", "en"):
        err(f"{d}: lang {r.get('lang')!r}")
    lang_count[r.get("lang")] += 1
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    pairs = set()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                err(f"{d}: unknown entity {e}")
            if (e, t) in pairs:
                err(f"{d}: duplicate or entity/decoy clash {e} {t!r}")
            pairs.add((e, t))
            if t != t.strip() or not t:
                err(f"{d}: text with outer whitespace {t!r}")
            if not whole(t, text):
                err(f"{d}: {kind} {e} {t!r} not found as whole word")
            if kind == "entities":
                ent_count[e] += 1
                if e == "NL_BSN" and not bsn_ok(t):
                    err(f"{d}: BSN {t} fails 11-check")
                if e == "IBAN_CODE" and not iban_ok(t):
                    err(f"{d}: IBAN {t} invalid")
                if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
                    err(f"{d}: e-mail {t!r} malformed")
            else:
                dec_count[e] += 1
    # every 11-check-valid 9-digit number must be a BSN or a decoy
    labelled9 = {t for (e, t) in pairs if e == "NL_BSN"}
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled9:
            err(f"{d}: 11-check-valid {m.group()} neither BSN nor decoy")
    # every e-mail address and IBAN-looking string must be labelled
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if ("EMAIL_ADDRESS", m.group()) not in pairs:
            err(f"{d}: unlabelled e-mail {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if ("IBAN_CODE", m.group()) not in pairs:
            err(f"{d}: unlabelled IBAN-like {m.group()}")

print(f"documents: {len(files)}  label lines: {len(rows)}  languages: {dict(lang_count)}")
print("entity labels:", dict(sorted(ent_count.items())))
print("decoy labels:", dict(sorted(dec_count.items())))
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
