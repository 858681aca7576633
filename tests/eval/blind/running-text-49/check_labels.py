#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-49 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and int(d) != 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
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
    lang_c[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r['lang']}")
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ent_c), ("decoy", r["decoys"], dec_c)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC or e not in ALLOWED: errors.append(f"{r['doc']}: bad entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: {kind} IBAN {t} fails mod-97")
            cnt[e] += 1
print("documents:", len(docs), dict(lang_c))
print("entities:", dict(ent_c), "total", sum(ent_c.values()))
print("decoys:", dict(dec_c), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
