#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-42 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if s.startswith("NL") and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s.replace(" ", "")) is not None
errors = []
ents = Counter(); decs = Counter(); langs = Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for r in rows:
    doc = r["doc"]; seen.add(doc)
    if doc in seen and [x["doc"] for x in rows].count(doc) > 1: errors.append(f"{doc}: duplicate row")
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errors.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errors.append(f"{doc}: bad entity {e}")
            if "\n" in t: errors.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN fails 11-check {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN fails mod-97 {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not id_ok(t): errors.append(f"{doc}: ID shape {t}")
            (ents if kind == "entities" else decs)[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
print("documents:", len(docs), "rows:", len(rows), "by lang:", dict(langs))
print("entities:", dict(sorted(ents.items())), "total", sum(ents.values()))
print("decoys:", dict(sorted(decs.items())), "total", sum(decs.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
