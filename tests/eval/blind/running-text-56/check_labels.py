#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set running-text-56 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
SPEC = ALLOWED | {"NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}

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

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
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
    for kind, counter in (("entities", ent_c), ("decoys", dec_c)):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            counter[e] += 1
            if e not in ALLOWED: errors.append(f"{r['doc']}: entity {e} not allowed/SPEC")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
        texts = [l["text"] for l in r[kind]]
        if len(texts) != len(set(texts)): errors.append(f"{r['doc']}: duplicate {kind} text")
    both = {l["text"] for l in r["entities"]} & {l["text"] for l in r["decoys"]}
    if both: errors.append(f"{r['doc']}: text both entity and decoy: {both}")

print(f"documents: {len(docs)}  by language: {dict(lang_c)}")
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
