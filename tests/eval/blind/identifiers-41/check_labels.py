#!/usr/bin/env python3
"""Own check of the identifiers-41 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errors = []
counts = collections.Counter(); dcounts = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    doc = r["doc"]
    if doc in seen: errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: bad lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errors.append(f"{doc}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    langs[r["lang"]] += 1
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTS: errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t: errors.append(f"{doc}: label spans a line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errors.append(f"{doc}: IBAN {t!r} fails mod-97")
            (counts if kind == "entities" else dcounts)[e] += n if False else 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")
print("documents:", len(docs), dict(langs))
print("entity labels:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoy labels:", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
