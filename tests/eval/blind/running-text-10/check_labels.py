#!/usr/bin/env python3
"""Check labels.jsonl of the blind set running-text-10 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
BAD_SLUG = ("bsn", "negative", "religion", "decoy")
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def iban_ok(s):
    v = s.replace(" ", "").upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and v[4:8] not in NL_BANKS:
        return False
    num = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(num) % 97 == 1

def spans(text, needle):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]

counts = Counter(); dcounts = Counter(); occ = Counter(); langs = Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        o = json.loads(line)
        doc = o.get("doc")
        if doc in seen:
            err(f"line {n}: duplicate doc {doc}")
        seen.add(doc)
        if o.get("lang") not in ("nl", "en"):
            err(f"{doc}: bad lang")
        langs[o.get("lang")] += 1
        if any(b in doc.lower() for b in BAD_SLUG):
            err(f"{doc}: slug contains a label word")
        path = os.path.join(DOCS, doc)
        if not os.path.isfile(path):
            err(f"{doc}: missing file"); continue
        text = open(path, encoding="utf-8").read()
        ent_texts = {}
        for lab in o.get("entities", []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                err(f"{doc}: unknown entity {e}")
            sp = spans(text, t)
            if not sp:
                err(f"{doc}: entity text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t):
                err(f"{doc}: BSN fails 11-check: {t}")
            if e == "IBAN_CODE" and not iban_ok(t):
                err(f"{doc}: invalid IBAN {t}")
            if (e, t) in ent_texts:
                err(f"{doc}: duplicate label {t!r}")
            ent_texts[(e, t)] = sp
            counts[e] += 1; occ[e] += len(sp)
        for lab in o.get("decoys", []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES:
                err(f"{doc}: unknown decoy entity {e}")
            sp = spans(text, t)
            if not sp:
                err(f"{doc}: decoy text not found as whole word: {t!r}")
            if (e, t) in ent_texts:
                err(f"{doc}: {t!r} is both label and decoy")
            if e == "NL_BSN" and not bsn_ok(t):
                err(f"{doc}: NL_BSN decoy should be 11-check-valid: {t}")
            # a decoy must not overlap a labelled span of the same entity
            for (e2, t2), sp2 in ent_texts.items():
                if e2 != e:
                    continue
                for a, b in sp:
                    for c, d in sp2:
                        if a < d and c < b:
                            err(f"{doc}: decoy {t!r} overlaps label {t2!r}")
            dcounts[e] += 1
for fn in sorted(os.listdir(DOCS)):
    if fn not in seen:
        err(f"{fn}: no labels line")

print(f"documents: {len(seen)} ({dict(langs)})")
print("entity labels (distinct strings / whole-word occurrences):")
for e in sorted(counts):
    print(f"  {e}: {counts[e]} / {occ[e]}")
print("decoys:")
for e in sorted(dcounts):
    print(f"  {e}: {dcounts[e]}")
if errors:
    print(f"{len(errors)} ERROR(S):")
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK")
