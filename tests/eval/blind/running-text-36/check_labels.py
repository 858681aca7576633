#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set running-text-36 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
           "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        row = json.loads(line)
        doc = row["doc"]
        if doc in seen: errors.append(f"line {n}: duplicate row {doc}")
        seen.add(doc)
        if row.get("lang") not in ("nl", "en"): errors.append(f"{doc}: bad lang")
        lang_c[row.get("lang")] += 1
        p = os.path.join(HERE, "docs", doc)
        if not os.path.exists(p):
            errors.append(f"{doc}: no such document"); continue
        text = open(p, encoding="utf-8").read()
        for kind in ("entities", "decoys"):
            for lab in row.get(kind, []):
                e, t = lab["entity"], lab["text"]
                if e not in ALLOWED: errors.append(f"{doc}: entity {e} not allowed")
                if "\n" in t or "\r" in t: errors.append(f"{doc}: label spans line break: {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
                if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN fails 11-check: {t}")
                if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN fails mod-97: {t}")
                (ent_c if kind == "entities" else dec_c)[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")
print("documents:", len(docs), dict(lang_c))
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
