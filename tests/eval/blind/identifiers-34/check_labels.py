#!/usr/bin/env python3
"""Own check of the identifiers-34 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_doc_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
docs = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"label row for missing doc {d}")

ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: bad lang")
    lang_c[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC: errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not nl_doc_ok(t):
                errors.append(f"{r['doc']}: NL ID document shape wrong: {t}")
            (ent_c if kind == "entities" else dec_c)[e] += 1
    ents = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: same text is entity and decoy: {l['text']!r}")
    # every 9-digit 11-check-valid number in the text must be labelled one way or the other
    labelled = {l["text"] for l in r["entities"] + r["decoys"]}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{r['doc']}: 11-check-valid number not labelled: {m.group()}")

print(f"documents: {len(docs)}  by language: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
