#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-17.
Plain python3. Prints counts; exits 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIALS = {"health": "SPECIAL_HEALTH", "religion": "SPECIAL_RELIGION",
            "ethnicity": "SPECIAL_ETHNICITY", "politics": "SPECIAL_POLITICS",
            "trade_union": "SPECIAL_TRADE_UNION", "sexual_orientation": "SPECIAL_SEXUAL_ORIENTATION",
            "criminal": "SPECIAL_CRIMINAL", "biometric": "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
ENTITIES = set(SPECIALS.values()) | {"NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT"}
CANDIDATE_TYPES = {"cv", "motivation_letter"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "vog"}   # HR records by type
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return tot % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

def whole(text, needle):
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text) is not None

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docfiles = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [l["doc"] for l in labels]
if sorted(seen) != docfiles:
    errors.append("labels.jsonl and docs/ do not list the same files")
if len(set(seen)) != len(seen):
    errors.append("duplicate doc in labels.jsonl")
for bad in ("bsn", "negative", "religion", "decoy"):
    for f in docfiles:
        if bad in f.lower():
            err(f, f"slug contains label word {bad!r}")

cnt_type, cnt_special, cnt_rules, cnt_lang = Counter(), Counter(), Counter(), Counter()
n_hn = n_diag = 0
for lab in labels:
    d = lab["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        err(d, "missing file"); continue
    text = open(path, encoding="utf-8").read()
    if lab.get("lang") not in ("nl", "en"):
        err(d, "bad lang")
    dt = lab["doc_type"]
    if dt not in DOC_TYPES:
        err(d, f"bad doc_type {dt}")
    special = set(lab["special"])
    if special - set(SPECIALS):
        err(d, f"bad special {special - set(SPECIALS)}")
    rules = set(lab["rules"])
    if rules - RULES:
        err(d, f"unknown/unlabelled rule {rules - RULES}")
    ev = lab.get("evidence", [])
    bsns, ibans, ids, ev_special = set(), set(), set(), set()
    for e in ev:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            err(d, f"bad evidence entity {ent}")
        if not whole(text, t):
            err(d, f"evidence not found as whole word: {t!r}")
        if ent == "NL_BSN":
            bsns.add(t)
            if not bsn_ok(t):
                err(d, f"BSN fails 11-check: {t}")
        elif ent == "IBAN_CODE":
            ibans.add(t)
            if not iban_ok(t):
                err(d, f"invalid IBAN: {t}")
        elif ent == "NL_ID_DOCUMENT":
            ids.add(t)
            if not id_ok(t):
                err(d, f"bad ID document number: {t}")
        else:
            ev_special.add(ent)
    # every special category needs a phrase and vice versa
    want = {SPECIALS[s] for s in special if s in SPECIALS}
    if want != ev_special:
        err(d, f"special {sorted(special)} does not match evidence {sorted(ev_special)}")
    # every 11-check-valid 9-digit number must be a labelled BSN
    for m in re.finditer(r"(?<![\w.,-])\d{9}(?![\w]|[.,]\d)", text):
        if bsn_ok(m.group()) and m.group() not in bsns:
            err(d, f"11-check-valid number not labelled as BSN: {m.group()}")
    # every IBAN-shaped string must be labelled
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if iban_ok(m.group()) and m.group() not in ibans:
            err(d, f"valid IBAN not labelled: {m.group()}")
    # diagnosis implies health
    if lab["diagnosis"] and "health" not in special:
        err(d, "diagnosis without health")
    # rules from the rule table
    is_hr = dt in HR_TYPES or lab.get("hr_record", False)
    is_cand = dt in CANDIDATE_TYPES or lab.get("candidate_document", False)
    if is_hr and is_cand:
        err(d, "both HR record and candidate document")
    expect = set()
    if bsns and dt in CANDIDATE_TYPES:
        expect.add("bsn-on-cv")
    if bsns and not is_hr:
        expect.add("bsn-outside-hr")
    if special and is_cand:
        expect.add("special-category")
    if lab["diagnosis"] and is_hr:
        expect.add("sickness-diagnosis")
    if ibans and dt in CANDIDATE_TYPES:
        expect.add("iban-on-cv")
    if ids and dt == "cv":
        expect.add("id-document-on-cv")
    if expect != rules:
        err(d, f"rules {sorted(rules)} but rule table gives {sorted(expect)}")
    if lab["hard_negative"]:
        n_hn += 1
        if special or rules or lab["diagnosis"] or ev:
            err(d, "hard negative with special/rules/diagnosis/evidence")
    n_diag += lab["diagnosis"]
    cnt_type[dt] += 1; cnt_lang[lab["lang"]] += 1
    for s in special: cnt_special[s] += 1
    for r in rules: cnt_rules[r] += 1

print(f"documents: {len(labels)}  languages: {dict(cnt_lang)}")
print(f"doc_type: {dict(sorted(cnt_type.items()))}")
print(f"special: {dict(sorted(cnt_special.items()))}")
print(f"rules: {dict(sorted(cnt_rules.items()))}")
print(f"hard negatives: {n_hn}  diagnosis: {n_diag}")
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK")
