#!/usr/bin/env python3
"""Author's own check of the identifiers-62 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
errors = []

def bsn_ok(text):
    d = re.sub(r"[ .]", "", text)
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    d = d.zfill(9)
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0

def iban_ok(text):
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_doc_ok(text):
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", text):
        return True
    return len(text) == 44 and re.fullmatch(r"[A-Z0-9<]{44}", text) is not None  # MRZ line 2

docs_dir = os.path.join(HERE, "docs")
docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
by_doc = {}
for r in rows:
    if r["doc"] in by_doc:
        errors.append(f"duplicate row {r['doc']}")
    by_doc[r["doc"]] = r
for d in docs:
    if d not in by_doc:
        errors.append(f"no label row: {d}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad file name: {d}")
for d in by_doc:
    if d not in docs:
        errors.append(f"label row without document: {d}")

ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
occ = Counter()
for d in docs:
    r = by_doc.get(d)
    if not r:
        continue
    text = open(os.path.join(docs_dir, d), encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{d}: lang {r.get('lang')}")
    lang_count[r.get("lang")] += 1
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES:
                errors.append(f"{d}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{d}: label spans a line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{d}: {kind} {e} {t!r} not found as a whole word")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{d}: {kind} NL_BSN {t!r} fails the 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{d}: IBAN {t!r} fails mod-97/format")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nl_doc_ok(t):
                errors.append(f"{d}: NL_ID_DOCUMENT {t!r} has not the Dutch shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{d}: rijbewijsnr {t!r} is not 10 digits")
            if kind == "entities":
                ent_count[e] += 1
                occ[e] += n
            else:
                dec_count[e] += 1
        texts = [l["text"] for l in r.get(kind, [])]
        for t, c in Counter(texts).items():
            if c > 1 and kind == "entities":
                errors.append(f"{d}: duplicate entity label {t!r}")

print(f"documents: {len(docs)}  by language: {dict(lang_count)}")
print("entity labels (distinct texts / occurrences):")
for e in sorted(ent_count):
    print(f"  {e:20s} {ent_count[e]:4d} / {occ[e]}")
print("decoy labels:")
for e in sorted(dec_count):
    print(f"  {e:20s} {dec_count[e]:4d}")
print(f"total entity labels {sum(ent_count.values())}, decoy labels {sum(dec_count.values())}")
if errors:
    print("\n".join("ERROR " + x for x in errors))
    sys.exit(1)
print("OK")
