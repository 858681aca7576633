#!/usr/bin/env python3
"""Own check of the labels of blind set running-text-5 (plain python3, stdlib only).

Checks: every doc has one labels line and vice versa; fields and entity names valid;
every label text occurs in its document as a whole word, case-sensitively
((?<!\\w)text(?!\\w)); no text is both an entity and a decoy in one document; every decoy
has a `why`; BSNs and BSN decoys pass the 11-check; IBANs pass mod-97; dates of birth
contain a four-digit or apostrophe year. Prints counts; exits 1 on any error.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and int(d) != 0

def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lengths = {"NL": 18, "DE": 22, "PL": 28, "BE": 16}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

docs_dir = os.path.join(HERE, "docs")
files = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
seen = set()
ent_count = collections.Counter()
dec_count = collections.Counter()
lang_count = collections.Counter()
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
        if set(row) != {"doc", "lang", "entities", "decoys"}:
            err(f"line {n}: fields {sorted(row)}")
        if doc in seen:
            err(f"{doc}: labelled twice")
        seen.add(doc)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc or ""):
            err(f"line {n}: bad doc name {doc!r}")
        path = os.path.join(docs_dir, doc or "")
        if not os.path.isfile(path):
            err(f"{doc}: no such document")
            continue
        text = open(path, encoding="utf-8").read()
        if row.get("lang") not in ("nl", "en"):
            err(f"{doc}: lang {row.get('lang')!r}")
        lang_count[row.get("lang")] += 1
        etexts = set()
        for kind, lst in (("entities", row.get("entities", [])), ("decoys", row.get("decoys", []))):
            if not isinstance(lst, list):
                err(f"{doc}: {kind} not a list")
                continue
            for lab in lst:
                want = {"entity", "text"} | ({"why"} if kind == "decoys" else set())
                if set(lab) != want:
                    err(f"{doc}: {kind} label fields {sorted(lab)}")
                    continue
                ent, t = lab["entity"], lab["text"]
                if ent not in ENTITIES:
                    err(f"{doc}: unknown entity {ent}")
                if not t or t != t.strip():
                    err(f"{doc}: empty or padded text {t!r}")
                if not occurs(t, text):
                    err(f"{doc}: {kind} {ent} {t!r} not found as a whole word")
                if kind == "decoys" and not lab["why"].strip():
                    err(f"{doc}: decoy {t!r} without why")
                if ent == "NL_BSN" and not bsn_ok(t):
                    err(f"{doc}: {kind} BSN {t!r} fails the 11-check")
                if ent == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    err(f"{doc}: IBAN {t!r} fails mod-97/format")
                if ent == "DATE_OF_BIRTH" and kind == "entities" and not re.search(r"(\d{4}|'\d{2})", t):
                    err(f"{doc}: DOB {t!r} has no full year")
                if ent == "EMAIL_ADDRESS" and kind == "entities" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t):
                    err(f"{doc}: e-mail {t!r} malformed")
                if ent == "PHONE_NUMBER" and kind == "entities" and len(re.sub(r"\D", "", t)) < 9:
                    err(f"{doc}: phone {t!r} too short")
                if kind == "entities":
                    etexts.add((ent, t))
                    ent_count[ent] += 1
                else:
                    if (ent, t) in etexts:
                        err(f"{doc}: {t!r} is both entity and decoy")
                    dec_count[ent] += 1
        dups = [k for k, v in collections.Counter((l["entity"], l["text"]) for l in row.get("entities", [])).items() if v > 1]
        if dups:
            err(f"{doc}: duplicate labels {dups}")
missing = set(files) - seen
for m in sorted(missing):
    err(f"{m}: document without labels")

print(f"documents: {len(seen)} ({dict(lang_count)})")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
