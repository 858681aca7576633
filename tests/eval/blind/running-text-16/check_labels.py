#!/usr/bin/env python3
"""Check labels.jsonl of this blind entity set. Standard library only. Exit 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "PL": 28, "GB": 22}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != "000000000"

def iban_ok(t):
    t = t.replace(" ", "").upper()
    cc = t[:2]
    if cc not in IBAN_LEN or len(t) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and t[4:8] not in NL_BANKS:
        return False
    n = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(n) % 97 == 1

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

NUM9 = re.compile(r"(?<![\w.\-/])(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w\-/]|\.\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if line.strip():
            try:
                labels.append(json.loads(line))
            except ValueError as e:
                err(f"labels.jsonl line {i}: bad JSON: {e}")

files = sorted(os.listdir(DOCS))
seen = Counter(o.get("doc") for o in labels)
for fn in files:
    if seen[fn] != 1:
        err(f"{fn}: {seen[fn]} label lines (want 1)")
for fn in seen:
    if fn not in files:
        err(f"label line for missing document {fn}")

ent_count, dec_count, langs = Counter(), Counter(), Counter()
for o in labels:
    fn = o.get("doc")
    if fn not in files:
        continue
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", fn):
        err(f"{fn}: file name not NNN-slug.txt")
    if o.get("lang") not in ("nl", "en"):
        err(f"{fn}: lang {o.get('lang')!r}")
    langs[o.get("lang")] += 1
    if set(o) != {"doc", "lang", "entities", "decoys"}:
        err(f"{fn}: keys {sorted(o)}")
    doc = open(os.path.join(DOCS, fn), encoding="utf-8").read()
    ents = o.get("entities", [])
    decs = o.get("decoys", [])
    pairs_e = set()
    for kind, lst, counter in (("entity", ents, ent_count), ("decoy", decs, dec_count)):
        for lab in lst:
            e, t = lab.get("entity"), lab.get("text")
            if e not in ENTITIES:
                err(f"{fn}: unknown entity {e!r}")
            if not t or t != t.strip():
                err(f"{fn}: empty or padded text {t!r}")
                continue
            if not whole(t, doc):
                err(f"{fn}: {kind} {e} {t!r} not found as a whole word")
            counter[e] += 1
            if kind == "entity":
                if (e, t) in pairs_e:
                    err(f"{fn}: duplicate entity {e} {t!r}")
                pairs_e.add((e, t))
                if e == "NL_BSN" and not bsn_ok(t):
                    err(f"{fn}: BSN {t!r} fails the 11-check")
                if e == "IBAN_CODE" and not iban_ok(t):
                    err(f"{fn}: IBAN {t!r} invalid")
            elif (e, t) in pairs_e:
                err(f"{fn}: {e} {t!r} is both entity and decoy")
    # every 11-check-valid 9-digit number is a BSN entity or decoy
    bsn_labelled = {re.sub(r"\D", "", l["text"]) for l in ents + decs if l.get("entity") == "NL_BSN"}
    for m in NUM9.finditer(doc):
        digits = re.sub(r"\D", "", m.group())
        if bsn_ok(digits) and digits not in bsn_labelled:
            err(f"{fn}: 11-check-valid number {m.group()!r} neither BSN nor decoy")
    # every e-mail address is labelled
    mails = {l["text"] for l in ents if l.get("entity") == "EMAIL_ADDRESS"}
    for m in EMAIL.finditer(doc):
        if m.group().rstrip(".") not in mails:
            err(f"{fn}: e-mail {m.group()!r} not labelled")

print(f"documents: {len(files)}  label lines: {len(labels)}  lang: {dict(sorted(langs.items()))}")
print("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(ent_count.items())) + f"  (total {sum(ent_count.values())})")
print("decoys:   " + ", ".join(f"{k} {v}" for k, v in sorted(dec_count.items())) + f"  (total {sum(dec_count.values())})")
for e in errors:
    print("ERROR:", e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
