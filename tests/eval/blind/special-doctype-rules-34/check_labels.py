#!/usr/bin/env python3
"""Own check of the labels of this blind document set (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
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
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if c.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
names = [r["doc"] for r in rows]
if len(names) != len(set(names)):
    err("duplicate label rows")
if set(names) != set(docs):
    err(f"docs without row: {set(docs)-set(names)}; rows without doc: {set(names)-set(docs)}")
for f in docs:
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
        err(f"bad file name {f}")

c_ent, c_lang, c_type, c_rule, c_spec = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            err(f"{d}: missing key {k}")
    if r["lang"] not in ("nl", "en"):
        err(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        err(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL:
            err(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            err(f"{d}: rule {ru}")
    ev = r.get("evidence", []) + r.get("decoys", [])
    for e in ev:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            err(f"{d}: entity {ent}")
        if "\n" in t:
            err(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            err(f"{d}: {ent} {t!r} not found as whole word")
        if ent == "NL_BSN" and not bsn_ok(t):
            err(f"{d}: BSN {t} fails 11-check")
        if ent == "IBAN_CODE" and not iban_ok(t):
            err(f"{d}: IBAN {t} fails mod-97")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            err(f"{d}: ID number {t} bad shape")
    for e in r.get("evidence", []):
        c_ent[e["entity"]] += 1
    # consistency between special and evidence / rules
    ev_spec = {e["entity"] for e in r["evidence"] if e["entity"] in SPECIAL}
    if ev_spec != set(r["special"]):
        err(f"{d}: special {r['special']} vs evidence {sorted(ev_spec)}")
    if r["special"] and "special-category" not in r["rules"]:
        err(f"{d}: special data but no special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        err(f"{d}: diagnosis flag and sickness-diagnosis rule disagree")
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if ("bsn-on-cv" in r["rules"] or "bsn-outside-hr" in r["rules"]) and not has_bsn:
        err(f"{d}: BSN rule without BSN evidence")
    if r["hard_negative"] and r["special"]:
        err(f"{d}: hard negative with special data")
    # every 9-digit 11-proof number in the text must be labelled (BSN evidence or decoy)
    labelled = {e["text"] for e in ev if e["entity"] == "NL_BSN"}
    for m in re.finditer(r"(?<![\w-])\d{9}(?![\w-])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            err(f"{d}: unlabelled 11-proof number {m.group()}")
    c_lang[r["lang"]] += 1
    c_type[r["doc_type"]] += 1
    for ru in r["rules"]:
        c_rule[ru] += 1
    for s in r["special"]:
        c_spec[s] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(c_lang)}")
print(f"hard negatives: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"doc_types: {dict(sorted(c_type.items()))}")
print(f"rules: {dict(sorted(c_rule.items()))}")
print(f"special: {dict(sorted(c_spec.items()))}")
print(f"evidence entities: {dict(sorted(c_ent.items()))}")
print(f"decoys: {sum(len(r.get('decoys', [])) for r in rows)}")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
