#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set identifiers-42 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}

def elf(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0

def mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
ent_c, dec_c, langs = Counter(), Counter(), Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [r["doc"] for r in rows]
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
for d, n in Counter(seen).items():
    if n > 1: errors.append(f"{d}: {n} label rows")
for r in rows:
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p):
        errors.append(f"{r['doc']}: file missing"); continue
    text = open(p, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: lang")
    langs[r.get("lang")] += 1
    for kind, cnt in (("entities", ent_c), ("decoys", dec_c)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in SPEC: errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not elf(t):
                errors.append(f"{r['doc']}: {kind} NL_BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t!r}")
    ents = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: same text is entity and decoy: {l['text']!r}")

print("documents:", len(rows), dict(langs))
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
