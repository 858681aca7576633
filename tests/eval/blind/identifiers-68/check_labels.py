#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-68 blind set (plain python3)."""
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
    t = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
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
seen = [r["doc"] for r in rows]
for d in docs:
    if d not in seen: errors.append("no label row: " + d)
for d, n in Counter(seen).items():
    if n > 1: errors.append("duplicate row: " + d)
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        errors.append("row without document: " + r["doc"]); continue
    if r.get("lang") not in ("nl", "en"): errors.append("bad lang: " + r["doc"])
    lang_c[r.get("lang")] += 1
    txt = open(path, encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r.get("entities", []), ent_c), ("decoy", r.get("decoys", []), dec_c)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in SPEC: errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{r['doc']}: {kind} spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", txt):
                errors.append(f"{r['doc']}: {kind} not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: {kind} BSN fails 11-check: {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: {kind} IBAN fails mod-97: {t!r}")
            if e == "NL_ID_DOCUMENT" and kind == "entity" and "<" not in t:
                if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t):
                    errors.append(f"{r['doc']}: ID number shape wrong: {t!r}")
            if e == "NL_DRIVERS_LICENSE" and kind == "entity" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{r['doc']}: licence not 10 digits: {t!r}")

print("documents:", len(docs), "rows:", len(rows), "by language:", dict(lang_c))
print("entities:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:  ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAILED", len(errors)); sys.exit(1)
print("OK")
