#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-23 (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIALS = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"} | SPECIALS
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}  # retention-* and unscannable are never labelled
HR_TYPES = {"id_copy", "payslip", "employment_contract"}
CV_TYPES = {"cv", "motivation_letter"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "FR": 27, "ES": 24, "GB": 22}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules",
        "evidence", "entities", "decoys"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s) or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

def word_re(t):
    return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(os.listdir(os.path.join(HERE, "docs")))
names = [r.get("doc") for r in labels]
for f in files:
    if names.count(f) != 1:
        err(f, "file has %d label lines" % names.count(f))
for n in names:
    if n not in files:
        err(n, "label without file")
    elif not re.fullmatch(r"\d{3}-[a-z]+\.txt", n):
        err(n, "bad file name")

cnt = Counter()
for r in labels:
    d = r.get("doc")
    if set(r) != KEYS:
        err(d, "keys %s" % sorted(set(r) ^ KEYS))
        continue
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"):
        err(d, "lang")
    if r["doc_type"] not in DOC_TYPES:
        err(d, "doc_type %r" % r["doc_type"])
    for s in r["special"]:
        if s not in SPECIALS:
            err(d, "special %r" % s)
    for ru in r["rules"]:
        if ru not in RULES:
            err(d, "rule %r" % ru)
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        err(d, "flags must be booleans")
    for field in ("evidence", "entities", "decoys"):
        for e in r[field]:
            if e.get("entity") not in ENTITIES:
                err(d, "%s entity %r" % (field, e.get("entity")))
            t = e.get("text", "")
            if not t or not word_re(t).search(text):
                err(d, "%s text %r not a whole word in document" % (field, t))
            if field == "decoys":
                continue
            if e["entity"] == "NL_BSN" and not bsn_ok(t):
                err(d, "invalid BSN %s" % t)
            if e["entity"] == "IBAN_CODE" and not iban_ok(t):
                err(d, "invalid IBAN %s" % t)
            if e["entity"] == "NL_ID_DOCUMENT" and not id_ok(t):
                err(d, "bad ID-document number %s" % t)
    ev = {}
    for e in r["evidence"]:
        ev.setdefault(e["entity"], []).append(e["text"])
    labelled_bsn = set(ev.get("NL_BSN", [])) | {e["text"] for e in r["entities"] if e["entity"] == "NL_BSN"}
    decoy_bsn = {e["text"] for e in r["decoys"] if e["entity"] == "NL_BSN"}
    for n in re.findall(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(n) and n not in labelled_bsn | decoy_bsn:
            err(d, "11-check-valid number %s not labelled (BSN or decoy)" % n)
    for n in decoy_bsn:
        if n in labelled_bsn:
            err(d, "%s both BSN and decoy" % n)
    for m in re.findall(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
        if iban_ok(m) and r["doc_type"] in CV_TYPES and m not in ev.get("IBAN_CODE", []):
            err(d, "IBAN %s on a CV/letter without evidence" % m)
    # consistency between special, rules and evidence
    sp, ru = set(r["special"]), set(r["rules"])
    for s in sp:
        if s not in ev:
            err(d, "no evidence phrase for %s" % s)
    for k in ev:
        if k.startswith("SPECIAL_") and k not in sp:
            err(d, "evidence for %s not in special" % k)
    if bool(sp) != ("special-category" in ru):
        err(d, "special-category rule iff special categories present")
    if r["hard_negative"] and (sp or ru):
        err(d, "hard negative with special or rule")
    if "sickness-diagnosis" in ru and (not r["diagnosis"] or r["doc_type"] in CV_TYPES):
        err(d, "sickness-diagnosis needs diagnosis in a non-candidate record")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in sp:
        err(d, "diagnosis without SPECIAL_HEALTH")
    if ("bsn-on-cv" in ru or "bsn-outside-hr" in ru) and not ev.get("NL_BSN"):
        err(d, "BSN rule without BSN evidence")
    if ev.get("NL_BSN") and not ({"bsn-on-cv", "bsn-outside-hr"} & ru):
        err(d, "BSN evidence without BSN rule")
    if "bsn-on-cv" in ru and r["doc_type"] not in CV_TYPES:
        err(d, "bsn-on-cv outside CV/letter")
    if r["doc_type"] in CV_TYPES and labelled_bsn and not {"bsn-on-cv", "bsn-outside-hr"} <= ru:
        err(d, "BSN on CV/letter needs bsn-on-cv and bsn-outside-hr")
    if "bsn-outside-hr" in ru and r["doc_type"] in HR_TYPES:
        err(d, "bsn-outside-hr on an HR document type")
    if ("iban-on-cv" in ru) != (r["doc_type"] in CV_TYPES and bool(ev.get("IBAN_CODE"))):
        err(d, "iban-on-cv iff IBAN evidence on CV/letter")
    if ("id-document-on-cv" in ru) != (r["doc_type"] == "cv" and bool(ev.get("NL_ID_DOCUMENT"))):
        err(d, "id-document-on-cv iff ID evidence on CV")
    cnt["docs"] += 1
    cnt["lang:" + r["lang"]] += 1
    cnt["type:" + r["doc_type"]] += 1
    for s in sp:
        cnt["special:" + s] += 1
    for x in ru:
        cnt["rule:" + x] += 1
    cnt["hard_negative"] += r["hard_negative"]
    cnt["diagnosis"] += r["diagnosis"]
    cnt["decoys"] += len(r["decoys"])
    cnt["bsn_labelled"] += len(labelled_bsn)

for k in sorted(cnt):
    print(f"{k:40s} {cnt[k]}")
if errors:
    print("\n".join(errors))
    print(f"ERRORS: {len(errors)}")
    sys.exit(1)
print("OK")
