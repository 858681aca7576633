#!/usr/bin/env python3
"""Author's own check of labels.jsonl for blind set running-text-6 (plain python3, stdlib only).

Checks: every labelled text (entity and decoy) occurs in its document as a whole word,
case-sensitively ((?<!\\w)text(?!\\w)); NL_BSN labels and NL_BSN decoys pass the 11-check;
IBAN labels pass mod-97, country length and (for BE) the inner BBAN check; field
consistency (doc, lang, entity names, decoys carry a why); no text is both entity and decoy
of the same kind. Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "PL": 28, "FR": 27, "ES": 24}
errors = []


def err(msg):
    errors.append(msg)


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return t % 11 == 0 and d != "000000000"


def iban_ok(s):
    v = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]:
        return False
    num = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    if int(num) % 97 != 1:
        return False
    bban = v[4:]
    if cc == "BE":
        c = int(bban[:10]) % 97 or 97
        if int(bban[10:]) != c:
            return False
    if cc == "NL" and not re.fullmatch(r"[A-Z]{4}\d{10}", bban):
        return False
    return True


def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None


ent_count, dec_count = Counter(), Counter()
langs = Counter()
docs_dir = os.path.join(HERE, "docs")
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        rec = json.loads(line)
        name = rec.get("doc")
        if not name or name in seen:
            err(f"line {ln}: missing or duplicate doc {name}")
            continue
        seen.add(name)
        if rec.get("lang") not in ("nl", "en"):
            err(f"{name}: bad lang")
        langs[rec.get("lang")] += 1
        if set(rec) != {"doc", "lang", "entities", "decoys"}:
            err(f"{name}: unexpected keys {sorted(rec)}")
        path = os.path.join(docs_dir, name)
        if not os.path.isfile(path):
            err(f"{name}: no such document")
            continue
        text = open(path, encoding="utf-8").read()
        ekeys = set()
        for e in rec["entities"]:
            if set(e) != {"entity", "text"} or e["entity"] not in ENTS:
                err(f"{name}: bad entity label {e}")
                continue
            ekeys.add((e["entity"], e["text"]))
            if not occurs(e["text"], text):
                err(f"{name}: {e['entity']} '{e['text']}' not found as whole word")
            if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]):
                err(f"{name}: BSN fails 11-check: {e['text']}")
            if e["entity"] == "IBAN_CODE" and not iban_ok(e["text"]):
                err(f"{name}: IBAN invalid: {e['text']}")
            ent_count[e["entity"]] += 1
        for d in rec["decoys"]:
            if set(d) != {"entity", "text", "why"} or d["entity"] not in ENTS or not d["why"].strip():
                err(f"{name}: bad decoy {d}")
                continue
            if (d["entity"], d["text"]) in ekeys:
                err(f"{name}: '{d['text']}' is both entity and decoy")
            if not occurs(d["text"], text):
                err(f"{name}: decoy '{d['text']}' not found as whole word")
            if d["entity"] == "NL_BSN" and not bsn_ok(d["text"]):
                err(f"{name}: BSN decoy fails 11-check (should pass it): {d['text']}")
            dec_count[d["entity"]] += 1

on_disk = {p for p in os.listdir(docs_dir) if p.endswith(".txt")}
for missing in sorted(on_disk - seen):
    err(f"{missing}: document without labels line")

print(f"documents: {len(seen)}  ({dict(langs)})")
print("entity label strings:")
for k in sorted(ENTS):
    print(f"  {k:15} {ent_count[k]}")
print("decoys:")
for k, v in sorted(dec_count.items()):
    print(f"  {k:15} {v}")
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
