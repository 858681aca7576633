#!/usr/bin/env python3
"""Self-check of labels.jsonl for the running-text-22 blind set. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
        "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
        "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
USED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [r["doc"] for r in rows]
if len(seen) != len(set(seen)): errors.append("duplicate doc rows")
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
for d in seen:
    if d not in docs: errors.append(f"{d}: label row without document")
if not all(re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d) for d in docs): errors.append("bad file name")

ent_c, dec_c, occ_c, lang_c = Counter(), Counter(), Counter(), Counter()
for r in rows:
    lang_c[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r['lang']}")
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    keys = set()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC or e not in USED: errors.append(f"{r['doc']}: entity {e}")
            if (kind, e, t) in keys: errors.append(f"{r['doc']}: duplicate label {t!r}")
            keys.add((kind, e, t))
            if "\n" in t or t != t.strip() or not t: errors.append(f"{r['doc']}: bad text {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            (ent_c if kind == "entities" else dec_c)[e] += 1
            if kind == "entities": occ_c[e] += n
    ents = {l["text"] for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if l["text"] in ents: errors.append(f"{r['doc']}: {l['text']!r} both entity and decoy")

print("documents:", len(docs), dict(lang_c))
print("entity labels:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("entity occurrences:", dict(sorted(occ_c.items())), "total", sum(occ_c.values()))
print("decoy labels:", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
