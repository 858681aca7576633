#!/usr/bin/env python3
"""Author's own check of running-text-4 labels (plain python3, stdlib only).

Checks: every document has a labels line and vice versa; fields are well formed; every
label text (entity or decoy) occurs in its document as a whole word, case-sensitive
((?<!\\w)text(?!\\w)); NL_BSN labels and BSN decoys pass the 11-check; IBAN labels pass
mod-97; no text is both an entity and a decoy of the same kind. Prints counts, exits 1 on error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
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
    return tot % 11 == 0 and int(d) != 0

def iban_ok(s):
    v = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    lengths = {"NL": 18, "BE": 16, "DE": 22, "PL": 28}
    if v[:2] in lengths and len(v) != lengths[v[:2]]:
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

docs_dir = os.path.join(HERE, "docs")
files = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
seen = set()
ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            err(f"line {n}: bad JSON: {e}")
            continue
        doc = row.get("doc")
        if doc not in files:
            err(f"line {n}: unknown doc {doc!r}")
            continue
        if doc in seen:
            err(f"line {n}: duplicate doc {doc}")
        seen.add(doc)
        if row.get("lang") not in ("nl", "en"):
            err(f"{doc}: bad lang")
        lang_count[row.get("lang")] += 1
        if set(row) - {"doc", "lang", "entities", "decoys"}:
            err(f"{doc}: unexpected keys {set(row) - {'doc','lang','entities','decoys'}}")
        text = open(os.path.join(docs_dir, doc), encoding="utf-8").read()
        ent_keys = set()
        for kind in ("entities", "decoys"):
            items = row.get(kind)
            if not isinstance(items, list):
                err(f"{doc}: {kind} is not a list")
                continue
            keys = set()
            for it in items:
                need = {"entity", "text"} | ({"why"} if kind == "decoys" else set())
                if set(it) != need:
                    err(f"{doc}: {kind} item has keys {sorted(it)}, want {sorted(need)}")
                    continue
                e, t = it["entity"], it["text"]
                if e not in ENTS:
                    err(f"{doc}: unknown entity {e}")
                if not t or t != t.strip():
                    err(f"{doc}: empty or padded text {t!r}")
                if (e, t) in keys:
                    err(f"{doc}: duplicate {kind} {e} {t!r}")
                keys.add((e, t))
                if kind == "decoys" and not it["why"].strip():
                    err(f"{doc}: decoy {t!r} without why")
                if not occurs(t, text):
                    err(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if e == "NL_BSN" and not bsn_ok(t):
                    err(f"{doc}: {kind} BSN {t!r} fails 11-check")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    err(f"{doc}: IBAN {t!r} fails mod-97/format")
                (ent_count if kind == "entities" else dec_count)[e] += 1
            if kind == "entities":
                ent_keys = keys
            else:
                for k in keys & ent_keys:
                    err(f"{doc}: {k} is both entity and decoy")
for f in files:
    if f not in seen:
        err(f"{f}: no labels line")

print(f"documents: {len(files)} ({dict(lang_count)})")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
