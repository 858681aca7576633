#!/usr/bin/env python3
"""Own check of the identifiers-32 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c)*w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
err = []; cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    row = json.loads(line)
    doc = row["doc"]
    if doc in seen: err.append(f"{doc}: duplicate row")
    seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): err.append(f"{doc}: lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): err.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: err.append(f"{doc}: bad entity {e}")
            if "\n" in t: err.append(f"{doc}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): err.append(f"{doc}: BSN fails 11-check {t}")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t): err.append(f"{doc}: IBAN fails mod-97 {t}")
            (cnt if kind == "entities" else dcnt)[e] += 1
    ents = {(l["entity"], l["text"]) for l in row["entities"]}
    for l in row["decoys"]:
        if (l["entity"], l["text"]) in ents: err.append(f"{doc}: same text is entity and decoy {l}")
for d in docs:
    if d not in seen: err.append(f"{d}: no label row")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:  ", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
for e in err: print("ERROR", e)
print("OK" if not err else f"{len(err)} problems"); sys.exit(1 if err else 0)
