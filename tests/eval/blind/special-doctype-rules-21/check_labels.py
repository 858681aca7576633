#!/usr/bin/env python3
"""Check labels.jsonl of this document set against docs/ (standard library only).
Exit 1 on any error, else print counts and OK."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"} | SPECIAL
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}          # retention-* / unscannable never labelled
CANDIDATE = {"cv", "motivation_letter"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "PL": 28, "PT": 25}
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules",
        "evidence", "decoys"}

def bsn_ok(s):
    s = s.zfill(9)
    return (len(s) == 9 and s.isdigit()
            and (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0)

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

def whole(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if line.strip():
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errors.append(f"labels.jsonl line {n}: {e}")

files = set(os.listdir(DOCS))
seen = set()
count = collections.Counter()
for r in recs:
    d = r.get("doc", "?")
    if d in seen:
        err(d, "labelled twice")
    seen.add(d)
    if not re.fullmatch(r"\d{3}-[a-zA-Z]+\.txt", d):
        err(d, "bad file name")
    if d not in files:
        err(d, "no such document"); continue
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    for k in set(r) - KEYS:
        err(d, f"unknown key {k}")
    for k in KEYS - {"decoys"}:
        if k not in r:
            err(d, f"missing key {k}")
    if r.get("lang") not in ("nl", "en"):
        err(d, "lang")
    if r.get("doc_type") not in DOC_TYPES:
        err(d, f"doc_type {r.get('doc_type')}")
    sp, ru = r.get("special", []), r.get("rules", [])
    for s in sp:
        if s not in SPECIAL:
            err(d, f"special {s}")
    for x in ru:
        if x not in RULES:
            err(d, f"rule {x}")
    if len(set(sp)) != len(sp) or len(set(ru)) != len(ru):
        err(d, "duplicate special/rule")
    ev = r.get("evidence", [])
    dec = r.get("decoys", [])
    for e in ev + dec:
        if e.get("entity") not in ENTITIES:
            err(d, f"entity {e.get('entity')}")
        if not e.get("text") or not whole(e["text"], text):
            err(d, f"text not found as whole word: {e.get('text')!r}")
    for e in ev:
        t = e["text"]
        if e["entity"] == "NL_BSN" and not bsn_ok(t):
            err(d, f"invalid BSN {t}")
        if e["entity"] == "IBAN_CODE" and not iban_ok(t):
            err(d, f"invalid IBAN {t}")
        if e["entity"] == "NL_ID_DOCUMENT" and not id_ok(t):
            err(d, f"bad document number {t}")
    ev_ents = collections.Counter(e["entity"] for e in ev)
    # one phrase per special category, and none for a category not listed
    for s in SPECIAL:
        if (s in sp) != (ev_ents[s] > 0):
            err(d, f"special {s} listed={s in sp} but evidence count={ev_ents[s]}")
    # every 11-check-valid 9-digit number is labelled (BSN evidence or decoy)
    labelled = {e["text"].replace(" ", "").replace(".", "") for e in ev + dec if e["entity"] == "NL_BSN"}
    for m in re.finditer(r"(?<![\w.])(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\w])", text):
        v = re.sub(r"\D", "", m.group(0))
        if bsn_ok(v) and v not in labelled:
            err(d, f"unlabelled 11-check-valid number {m.group(0)}")
    # every IBAN-shaped and Dutch-document-number-shaped token is labelled
    ibans = {e["text"].replace(" ", "") for e in ev if e["entity"] == "IBAN_CODE"}
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if iban_ok(m.group(0)) and m.group(0).replace(" ", "") not in ibans:
            err(d, f"unlabelled IBAN {m.group(0)}")
    ids = {e["text"] for e in ev if e["entity"] == "NL_ID_DOCUMENT"}
    for m in re.finditer(r"\b[A-Z]{2}[A-Z0-9]{6}[0-9]\b", text):
        if id_ok(m.group(0)) and re.search(r"\d", m.group(0)[2:8]) and m.group(0) not in ids:
            err(d, f"unlabelled document number {m.group(0)}")
    # the README's reading of the rules
    dt = r.get("doc_type")
    has_bsn, has_iban, has_id = ev_ents["NL_BSN"] > 0, ev_ents["IBAN_CODE"] > 0, ev_ents["NL_ID_DOCUMENT"] > 0
    want = set()
    if sp: want.add("special-category")
    if r.get("diagnosis") and dt not in CANDIDATE: want.add("sickness-diagnosis")
    if has_bsn and dt in CANDIDATE: want |= {"bsn-on-cv", "bsn-outside-hr"}
    if has_iban and dt in CANDIDATE: want.add("iban-on-cv")
    if has_id and dt == "cv": want.add("id-document-on-cv")
    got = set(ru)
    if has_bsn and dt == "other":        # HR record or not: decided per document
        got_cmp = got - {"bsn-outside-hr"}
    else:
        got_cmp = got
    if got_cmp != want:
        err(d, f"rules {sorted(got)} but the README's reading gives {sorted(want)}")
    if "bsn-outside-hr" in got and not has_bsn:
        err(d, "bsn-outside-hr without a BSN")
    if r.get("diagnosis") and "SPECIAL_HEALTH" not in sp:
        err(d, "diagnosis without SPECIAL_HEALTH")
    if r.get("hard_negative") and (sp or r.get("diagnosis")):
        err(d, "hard negative with special data")
    count["docs"] += 1
    count["lang:" + str(r.get("lang"))] += 1
    count["doc_type:" + str(dt)] += 1
    count["hard_negative"] += bool(r.get("hard_negative"))
    count["diagnosis"] += bool(r.get("diagnosis"))
    for s in sp: count[s] += 1
    for x in ru: count["rule:" + x] += 1
for f in sorted(files - seen):
    errors.append(f"{f}: document without label")

for k in sorted(count):
    print(f"{k:40s} {count[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
