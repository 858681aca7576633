#!/usr/bin/env python3
"""Author's own check of the running-text-3 labels (plain python3, stdlib only).

Checks: every document has one labels line and vice versa; fields are consistent;
every entity and decoy text occurs in its document as a whole word, case-sensitively
((?<!\\w)text(?!\\w)); no text is both entity and decoy of the same kind in a document;
BSNs and BSN decoys pass the 11-check; IBANs pass mod-97. Prints counts; exits 1 on error.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SCORED = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
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
    return tot % 11 == 0 and d != "000000000"

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

ent_count = collections.Counter()
dec_count = collections.Counter()
langs = collections.Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f"line {n}: bad json {e}")
            continue
        for k in ("doc", "lang", "entities", "decoys"):
            if k not in o:
                err(f"line {n}: missing {k}")
        name = o.get("doc")
        if name in seen:
            err(f"{name}: duplicate line")
        seen.add(name)
        if o.get("lang") not in ("nl", "en"):
            err(f"{name}: bad lang")
        langs[o.get("lang")] += 1
        path = os.path.join(DOCS, name or "")
        if not os.path.isfile(path):
            err(f"{name}: document missing")
            continue
        doc = open(path, encoding="utf-8").read()
        etexts = set()
        for e in o.get("entities", []):
            if set(e) != {"entity", "text"}:
                err(f"{name}: entity fields {sorted(e)}")
            if e.get("entity") not in SCORED:
                err(f"{name}: unknown entity {e.get('entity')}")
            t = e.get("text", "")
            if not t or not occurs(t, doc):
                err(f"{name}: entity text not found as whole word: {t!r}")
            if e["entity"] == "NL_BSN" and not bsn_ok(t):
                err(f"{name}: BSN fails 11-check: {t}")
            if e["entity"] == "IBAN_CODE" and not iban_ok(t):
                err(f"{name}: IBAN fails mod-97: {t}")
            etexts.add((e["entity"], t))
            ent_count[e["entity"]] += 1
        for d in o.get("decoys", []):
            if set(d) != {"entity", "text", "why"} or not d.get("why"):
                err(f"{name}: decoy fields {sorted(d)}")
            if d.get("entity") not in SCORED:
                err(f"{name}: unknown decoy entity {d.get('entity')}")
            t = d.get("text", "")
            if not t or not occurs(t, doc):
                err(f"{name}: decoy text not found as whole word: {t!r}")
            if d["entity"] == "NL_BSN" and not bsn_ok(t):
                err(f"{name}: BSN decoy fails 11-check: {t}")
            if (d["entity"], t) in etexts:
                err(f"{name}: {t!r} is both entity and decoy")
            dec_count[d["entity"]] += 1
files = {f for f in os.listdir(DOCS) if f.endswith(".txt")}
for f in sorted(files - seen):
    err(f"{f}: no labels line")

print("documents:", len(seen), dict(langs))
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
