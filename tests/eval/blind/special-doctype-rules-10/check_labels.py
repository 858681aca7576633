#!/usr/bin/env python3
"""Author's own check of labels.jsonl (plain python3, stdlib only).

Checks: every document has one label and vice versa; every evidence text occurs in its
document as a whole word (?<!\\w)text(?!\\w); BSNs pass the 11-check; IBANs pass mod-97 and
the country length (only NL/DE/GB/PL/AT are used, NL with a real bank code); Dutch document
numbers have the identiteitskaartnummer format and MRZ lines carry valid check digits; field
consistency between doc_type, special, hard_negative, diagnosis and rules. Prints counts.
Exits 1 on any error.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
SPECIALS = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
ENTITIES = SPECIALS | {"NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
# documents of type "other" that are HR records (README: UWV letter on an employee's WIA file)
HR_OTHER = {"187-uwv-brief-wia.txt"}
CANDIDATE_TYPES = {"cv", "motivation_letter"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"}

errors = []
def err(msg):
    errors.append(msg)

def bsn_ok(text):
    d = re.sub(r"\D", "", text)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or re.sub(r"[\d .\-]", "", text):
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(text):
    s = text.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(r"[A-Z0-9]+", s):
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1

def mrz_cd(s):
    v = lambda c: int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
    return str(sum(v(c) * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)

def id_ok(text):
    t = text.strip()
    if len(t) == 44:  # TD3 line 2
        ok = (mrz_cd(t[0:9]) == t[9] and mrz_cd(t[13:19]) == t[19] and mrz_cd(t[21:27]) == t[27]
              and mrz_cd(t[28:42]) == t[42]
              and mrz_cd(t[0:10] + t[13:20] + t[21:43]) == t[43])
        return ok
    if len(t) == 30:  # TD1 line 2 (composite needs line 1; checked separately)
        return mrz_cd(t[0:6]) == t[6] and mrz_cd(t[8:14]) == t[14]
    if len(t) == 9:   # NL document number: 2 letters, 6 alnum, 1 digit, no letter O
        return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", t))
    return False

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = set(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for lab in labels:
    d = lab.get("doc")
    if d in seen:
        err(f"{d}: duplicate label")
    seen.add(d)
    if d not in docs:
        err(f"{d}: no such document"); continue
    text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules"):
        if k not in lab:
            err(f"{d}: missing {k}")
    if lab["lang"] not in ("nl", "en"):
        err(f"{d}: lang {lab['lang']}")
    dt = lab["doc_type"]
    if dt not in DOC_TYPES:
        err(f"{d}: doc_type {dt}")
    sp = set(lab["special"]); rules = set(lab["rules"])
    if not sp <= SPECIALS:
        err(f"{d}: unknown special {sp - SPECIALS}")
    if not rules <= RULES:
        err(f"{d}: unknown rule {rules - RULES}")
    ev = lab.get("evidence", [])
    kinds = collections.Counter()
    for e in ev:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES:
            err(f"{d}: evidence entity {ent}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            err(f"{d}: evidence text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            err(f"{d}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            err(f"{d}: IBAN invalid: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            err(f"{d}: ID document number/MRZ invalid: {t}")
        kinds[ent] += 1
    # every special category has evidence and vice versa
    ev_sp = {e["entity"] for e in ev if e["entity"] in SPECIALS}
    if ev_sp != sp:
        err(f"{d}: special {sorted(sp)} vs evidence {sorted(ev_sp)}")
    hr = dt in HR_TYPES or d in HR_OTHER
    cand = dt in CANDIDATE_TYPES
    has_bsn, has_iban, has_id = kinds["NL_BSN"] > 0, kinds["IBAN_CODE"] > 0, kinds["NL_ID_DOCUMENT"] > 0
    want = set()
    if has_bsn and cand: want.add("bsn-on-cv")
    if has_bsn and not hr: want.add("bsn-outside-hr")
    if has_iban and cand: want.add("iban-on-cv")
    if has_id and dt == "cv": want.add("id-document-on-cv")
    if sp: want.add("special-category")
    if lab["diagnosis"]: want.add("sickness-diagnosis")
    if want != rules:
        err(f"{d}: rules {sorted(rules)} expected {sorted(want)}")
    if lab["diagnosis"] and ("SPECIAL_HEALTH" not in sp or not hr and dt != "other"):
        err(f"{d}: diagnosis without health in an HR record")
    if lab["hard_negative"] and (sp or rules):
        err(f"{d}: hard negative with special/rules")
    # warn about unlabelled 11-check-valid 9-digit numbers (possible accidental BSNs)
    labelled = {re.sub(r"\D", "", e["text"]) for e in ev if e["entity"] == "NL_BSN"}
    for m in re.finditer(r"(?<![\w.])(\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}\.\d{2}\.\d{3})(?![\w])", text):
        digits = re.sub(r"\D", "", m.group(1))
        if text[m.end():m.end() + 2] == ".L":  # loonheffingennummer (RSIN + L01): not a BSN
            continue
        if digits not in labelled and bsn_ok(m.group(1)):
            err(f"{d}: unlabelled 11-check-valid number {m.group(1)} (label it or change it)")
for d in docs - seen:
    err(f"{d}: document without label")

# counts
c = collections.Counter()
for lab in labels:
    c["doc_type:" + lab["doc_type"]] += 1
    for r in lab["rules"]: c["rule:" + r] += 1
    for s in lab["special"]: c["special:" + s] += 1
    if lab["hard_negative"]: c["hard_negative"] += 1
    if lab["diagnosis"]: c["diagnosis"] += 1
    if lab["doc_type"] == "medical" and not lab["diagnosis"]: c["medical_without_cause"] += 1
    ev = lab.get("evidence", [])
    if any(e["entity"] == "NL_BSN" for e in ev) and "bsn-outside-hr" not in lab["rules"]:
        c["bsn_in_hr_record_no_rule"] += 1
    for e in ev: c["evidence:" + e["entity"]] += 1
    c["lang:" + lab["lang"]] += 1
print(f"documents: {len(labels)}")
for k in sorted(c):
    print(f"  {k}: {c[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
