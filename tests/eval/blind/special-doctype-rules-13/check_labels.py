#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the document set special-doctype-rules-13.
Plain python3, no third-party packages. Prints counts; exits 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIALS = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
ENTITIES = SPECIALS | {"NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
# ID copy, payslip, employment contract and other payroll/HR records (absence and
# re-integration = medical, VOG); "other" documents that are payroll/HR records carry hr_record.
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
CANDIDATE_TYPES = {"cv", "motivation_letter"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
BAD_SLUG = re.compile(r"bsn|negative|religion|decoy", re.I)

errors = []
def err(msg):
    errors.append(msg)

def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) == 8:
        s = "0" + s
    if len(s) != 9:
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit():
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

def whole_word(text, sub):
    return re.search(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", text) is not None

def expected_rules(lab):
    dt = lab["doc_type"]
    hr = dt in HR_TYPES or lab.get("hr_record", False)
    ents = {e["entity"] for e in lab["evidence"]}
    r = set()
    if "NL_BSN" in ents:
        if dt in CANDIDATE_TYPES:
            r.add("bsn-on-cv")
        if not hr:  # SPEC: a CV is no HR record either (label fix, stop 30)
            r.add("bsn-outside-hr")
    if "IBAN_CODE" in ents and dt in CANDIDATE_TYPES:
        r.add("iban-on-cv")
    if "NL_ID_DOCUMENT" in ents and dt == "cv":
        r.add("id-document-on-cv")
    for cat in lab["special"]:
        if cat == "SPECIAL_HEALTH" and lab["diagnosis"] and hr:
            r.add("sickness-diagnosis")
        r.add("special-category")  # SPEC: elsewhere a medium review finding (label fix, stop 30)
    return r

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if line.strip():
            try:
                labels.append(json.loads(line))
            except ValueError as e:
                err(f"labels.jsonl line {n}: {e}")

files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(l.get("doc") for l in labels)
for d, c in seen.items():
    if c > 1:
        err(f"{d}: labelled {c} times")
for f in files:
    if f not in seen:
        err(f"{f}: no label")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
        err(f"{f}: bad file name")
    if BAD_SLUG.search(f):
        err(f"{f}: slug contains a label word")

NINE = re.compile(r"(?<!\d)(?<!\d[ .])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\d])(?![ .]\d)")
VAT = re.compile(r"NL\d{9}B\d{2}")
IBANLIKE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)\b")

for lab in labels:
    d = lab.get("doc", "?")
    p = os.path.join(DOCS, d)
    if not os.path.exists(p):
        err(f"{d}: file missing")
        continue
    text = open(p, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in lab:
            err(f"{d}: key {k} missing")
    if lab["lang"] not in ("nl", "en"):
        err(f"{d}: lang {lab['lang']}")
    if lab["doc_type"] not in DOC_TYPES:
        err(f"{d}: doc_type {lab['doc_type']}")
    for r in lab["rules"]:
        if r not in RULES:
            err(f"{d}: unknown rule {r}")
    bsns = set()
    for e in lab["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            err(f"{d}: unknown evidence entity {ent}")
        if not whole_word(text, t):
            err(f"{d}: evidence not found as whole word: {ent} {t!r}")
        if ent == "NL_BSN":
            if not bsn_ok(t):
                err(f"{d}: BSN fails 11-check: {t}")
            bsns.add(re.sub(r"\D", "", t))
        if ent == "IBAN_CODE" and not iban_ok(t):
            err(f"{d}: invalid IBAN {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            err(f"{d}: bad ID document number {t}")
    special = set(lab["special"])
    if special - SPECIALS:
        err(f"{d}: unknown special {special - SPECIALS}")
    ev_special = {e["entity"] for e in lab["evidence"] if e["entity"] in SPECIALS}
    if special != ev_special:
        err(f"{d}: special {sorted(special)} != evidence {sorted(ev_special)}")
    if lab["diagnosis"] and "SPECIAL_HEALTH" not in special:
        err(f"{d}: diagnosis without SPECIAL_HEALTH evidence")
    if lab["hard_negative"] and (special or lab["rules"]):
        err(f"{d}: hard negative with special or rules")
    exp = expected_rules(lab)
    if exp != set(lab["rules"]):
        err(f"{d}: rules {sorted(lab['rules'])} but rule table gives {sorted(exp)}")
    # every 11-check-valid 9-digit number must be a labelled BSN
    scrub = VAT.sub(" ", text)
    for m in NINE.finditer(scrub):
        digits = re.sub(r"\D", "", m.group(1))
        if bsn_ok(digits) and digits not in bsns:
            err(f"{d}: 11-check-valid number {digits} not labelled as NL_BSN")
    # every IBAN-like string in the text must be valid
    for m in IBANLIKE.finditer(text):
        s = m.group(1).replace(" ", "")
        if s[:2] in IBAN_LEN and len(s) >= 15 and not iban_ok(s):
            err(f"{d}: IBAN-like string fails validation: {m.group(1)}")
        if iban_ok(s) and s not in {e["text"].replace(" ", "") for e in lab["evidence"] if e["entity"] == "IBAN_CODE"}:
            err(f"{d}: valid IBAN in text not labelled as IBAN_CODE: {m.group(1)}")

# counts
c_lang = Counter(l["lang"] for l in labels)
c_type = Counter(l["doc_type"] for l in labels)
c_rule = Counter(r for l in labels for r in l["rules"])
c_spec = Counter(s for l in labels for s in l["special"])
print(f"documents: {len(labels)}  (files: {len(files)})")
print("lang:", dict(sorted(c_lang.items())))
print("doc_type:", dict(sorted(c_type.items())))
print("rules (documents):", dict(sorted(c_rule.items())))
print("special (documents):", dict(sorted(c_spec.items())))
print("hard negatives:", sum(l["hard_negative"] for l in labels),
      " diagnosis:", sum(l["diagnosis"] for l in labels),
      " no rules:", sum(not l["rules"] for l in labels),
      " hr_record(other):", sum(l.get("hr_record", False) for l in labels))
for r in sorted(RULES):
    if c_rule[r] < 8:
        err(f"rule {r} only in {c_rule[r]} documents (< 8)")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
