#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-61 blind set. Run: python3 check_labels.py"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
SET_ENTITIES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
docs_dir = os.path.join(HERE, "docs")
docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = collections.Counter(r["doc"] for r in rows)
for d, n in seen.items():
    if n > 1:
        errors.append(f"{d}: {n} label rows")
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"{d}: bad file name")
for d in seen:
    if d not in docs:
        errors.append(f"{d}: label row without document")

ent_count = collections.Counter()
dec_count = collections.Counter()
langs = collections.Counter()
occ = 0
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(docs_dir, r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        texts_seen = set()
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in SPEC_ENTITIES or e not in SET_ENTITIES:
                errors.append(f"{r['doc']}: entity {e} not allowed")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans a line break: {t!r}")
            if t != t.strip() or not t:
                errors.append(f"{r['doc']}: label has outer whitespace: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            occ += n
            if (e, t) in texts_seen:
                errors.append(f"{r['doc']}: duplicate label {e} {t!r}")
            texts_seen.add((e, t))
            if e == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: {kind} IBAN {t!r} fails mod-97/format")
            (ent_count if kind == "entities" else dec_count)[e] += 1
    # a text must not be both entity and decoy of the same kind
    ents = {(l["entity"], l["text"]) for l in r.get("entities", [])}
    for l in r.get("decoys", []):
        if (l["entity"], l["text"]) in ents:
            errors.append(f"{r['doc']}: {l['text']!r} is entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(langs)}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
print("labelled occurrences in documents:", occ)
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
