#!/usr/bin/env python3
"""Own check of the labels of this blind set (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
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
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1: errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files: errors.append(f"label row for missing doc {d}")
ents, decs, langs = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for kind, counter in (("entities", ents), ("decoys", decs)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            counter[e] += 1
            where = f"{r['doc']} {kind} {e} {t!r}"
            if e not in SPEC: errors.append(f"{where}: not a SPEC entity")
            if "\n" in t or "\r" in t: errors.append(f"{where}: spans a line break")
            if t != t.strip() or not t: errors.append(f"{where}: leading/trailing space")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{where}: not found as a whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{where}: fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{where}: fails mod-97")
        texts = [l["text"] for l in r.get(kind, [])]
        for t, n in Counter(texts).items():
            if n > 1: errors.append(f"{r['doc']} {kind}: duplicate label {t!r}")
    et = {l["text"] for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if l["text"] in et: errors.append(f"{r['doc']}: {l['text']!r} is both entity and decoy")

print(f"documents: {len(files)}  label rows: {len(rows)}  languages: {dict(langs)}")
print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
print("decoys:  ", dict(sorted(decs.items())), "total", sum(decs.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
