#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-60 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
DECOY_ALLOWED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and int(d) > 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    if s.startswith("DE") and not re.fullmatch(r"DE\d{20}", s): return False
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
ent_c, dec_c, occ_c, langs = Counter(), Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: bad lang")
    langs[r.get("lang")] += 1
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    for kind, allowed in (("entities", ALLOWED), ("decoys", DECOY_ALLOWED)):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in allowed: errors.append(f"{r['doc']}: {kind} entity {e} not allowed")
            if "\n" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: errors.append(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
            (ent_c if kind == "entities" else dec_c)[e] += 1
            if kind == "entities": occ_c[e] += n
    texts = [l["text"] for l in r["entities"] + r["decoys"]]
    if len(texts) != len(set(texts)): errors.append(f"{r['doc']}: duplicate label text")

print(f"documents: {len(docs)}  by lang: {dict(langs)}")
print("entity labels:", dict(ent_c), " total", sum(ent_c.values()))
print("entity occurrences:", dict(occ_c))
print("decoy labels:", dict(dec_c), " total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
