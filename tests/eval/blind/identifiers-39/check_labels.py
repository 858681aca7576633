#!/usr/bin/env python3
"""Author's own label check for the blind set identifiers-39 (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "HU": 28, "RO": 24, "UA": 29}

def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    d = d.zfill(9)
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def nl_id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows (need exactly 1)")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing document {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9-]+\.txt" % i, d):
        errors.append(f"bad file name / numbering: {d}")

ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
for r in rows:
    lang_count[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ent_count), ("decoy", r["decoys"], dec_count)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in SPEC_ENTITIES:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: {kind} spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and kind == "entity" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97/length: {t!r}")
            if e == "NL_ID_DOCUMENT" and kind == "entity" and not nl_id_ok(t):
                errors.append(f"{r['doc']}: NL ID number has wrong shape: {t!r}")
            if e == "NL_DRIVERS_LICENSE" and kind == "entity" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{r['doc']}: NL driving licence not 10 digits: {t!r}")
        # the same text must not be both entity and decoy of the same type
    ents = {(x["entity"], x["text"]) for x in r["entities"]}
    for x in r["decoys"]:
        if (x["entity"], x["text"]) in ents:
            errors.append(f"{r['doc']}: {x['text']!r} is both entity and decoy of {x['entity']}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(lang_count)}")
print("entity labels:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoy labels: ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
