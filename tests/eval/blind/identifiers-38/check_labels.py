#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set identifiers-38. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS",
           "IBAN_CODE", "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE"}
SPEC = ALLOWED | {"NL_VAT", "NL_KVK", "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY",
                  "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
                  "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}

def bsn_ok(v):
    d = re.sub(r"[ .]", "", v)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_ok(v):
    s = v.replace(" ", "")
    if len(s) == 9:
        return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
    return bool(re.fullmatch(r"[A-Z0-9<]{30,44}", s))  # MRZ line part

errors = []
docs_dir = os.path.join(HERE, "docs")
docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows (need 1)")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing document {d}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad file name {d}")

ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    d = r["doc"]
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{d}: lang {r.get('lang')!r}")
    lang_c[r.get("lang")] += 1
    text = open(os.path.join(docs_dir, d), encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            allowed = ALLOWED if kind == "entities" else SPEC
            if e not in allowed:
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
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nl_id_ok(t):
                errors.append(f"{d}: NL ID {t!r} has the wrong shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{d}: driving licence {t!r} is not 10 digits")
            (ent_c if kind == "entities" else dec_c)[e] += 1
    # a text labelled both as entity and decoy of the same entity is a contradiction
    es = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in es:
            errors.append(f"{d}: {l['text']!r} is both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
