#!/usr/bin/env python3
"""Author's own label check for the blind set running-text-31 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
DECOY_ALLOWED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}
SPEC_NAMES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
              "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and (len(s) != 18 or s[4:8] not in NL_BANKS):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows (want 1)")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing document {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9-]+\.txt" % i, d):
        errors.append(f"bad file name/numbering: {d}")

ent_counts, dec_counts, langs = Counter(), Counter(), Counter()
for r in rows:
    path = os.path.join(DOCS, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')!r}")
    langs[r.get("lang")] += 1
    texts_seen = set()
    for kind, lst, allowed, counter in (("entity", r.get("entities", []), ALLOWED, ent_counts),
                                         ("decoy", r.get("decoys", []), DECOY_ALLOWED, dec_counts)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_NAMES or e not in allowed:
                errors.append(f"{r['doc']}: {kind} entity {e!r} not allowed")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: {kind} {t!r} spans a line break")
            if t != t.strip() or not t:
                errors.append(f"{r['doc']}: {kind} {t!r} has outer whitespace")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if (e, t) in texts_seen:
                errors.append(f"{r['doc']}: duplicate label {e} {t!r}")
            texts_seen.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: {kind} IBAN {t!r} fails mod-97/format")
            counter[e] += 1

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(langs)}")
print("entities:", dict(sorted(ent_counts.items())), "total", sum(ent_counts.values()))
print("decoys:  ", dict(sorted(dec_counts.items())), "total", sum(dec_counts.values()))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
