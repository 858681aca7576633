#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set identifiers-8 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_KVK","NL_VAT"}
errors = []
def err(m): errors.append(m)
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) not in (8, 9): return False
    d = [int(c) for c in d.zfill(9)]
    return (sum(d[i]*(9-i) for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c): return False
    if c.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c): return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1
def vat_ok(s):
    c = re.sub(r"[\s.]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and bsn_ok(c[2:11])
def iddoc_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
ent_c, dec_c, seen = Counter(), Counter(), set()
lines = open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines()
for n, line in enumerate(lines, 1):
    try: rec = json.loads(line)
    except Exception as e: err(f"line {n}: bad json {e}"); continue
    for k in ("doc","lang","entities","decoys"):
        if k not in rec: err(f"line {n}: missing {k}")
    doc = rec.get("doc","")
    if doc in seen: err(f"{doc}: duplicate record")
    seen.add(doc)
    if rec.get("lang") not in ("nl","en"): err(f"{doc}: bad lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.isfile(p): err(f"{doc}: file missing"); continue
    text = open(p, encoding="utf-8").read()
    pairs = set()
    for kind, items in (("entity", rec.get("entities",[])), ("decoy", rec.get("decoys",[]))):
        for it in items:
            e, t = it.get("entity"), it.get("text","")
            if e not in ENT: err(f"{doc}: unknown entity {e}")
            if not t or t != t.strip(): err(f"{doc}: empty/padded text {t!r}")
            if kind == "decoy" and not it.get("why"): err(f"{doc}: decoy {t!r} without why")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if (e, t) in pairs: err(f"{doc}: {e} {t!r} listed twice / as entity and decoy")
            pairs.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t): err(f"{doc}: {kind} BSN {t!r} fails 11-check")
            if kind == "entity":
                if e == "IBAN_CODE" and not iban_ok(t): err(f"{doc}: IBAN {t!r} fails mod-97/format")
                if e == "NL_VAT" and not vat_ok(t): err(f"{doc}: VAT {t!r} invalid")
                if e == "NL_KVK" and not re.fullmatch(r"\d{8}", re.sub(r"[\s.]", "", t)): err(f"{doc}: KvK {t!r} not 8 digits")
                if e == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", re.sub(r"\s", "", t)): err(f"{doc}: licence {t!r} not 10 digits")
                if e == "NL_ID_DOCUMENT" and not iddoc_ok(t): err(f"{doc}: id doc {t!r} bad format")
                if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}", t): err(f"{doc}: email {t!r}")
                ent_c[e] += 1
            else:
                dec_c[e] += 1
docs_on_disk = set(os.listdir(os.path.join(HERE, "docs")))
for d in docs_on_disk - seen: err(f"{d}: document without labels")
langs = Counter(json.loads(l)["lang"] for l in lines if l.strip())
print(f"documents: {len(seen)}  ({dict(langs)})")
print("entity labels:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoys:       ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
