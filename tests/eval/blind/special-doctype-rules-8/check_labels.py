#!/usr/bin/env python3
"""Author's check of the labels of set special-doctype-rules-8 (plain python3, stdlib only).

Checks: every document has exactly one label line and vice versa; fields and values are valid;
every evidence text (special category statements, BSNs, IBANs, ID numbers) occurs in its document
as a whole word (README match rule); BSNs pass the 11-check; IBANs pass mod-97; no unlabelled
11-check-valid 9-digit number hides in a text; rules are consistent with doc_type, the HR-record
decision, the special categories and the identifiers found. Prints counts; exits 1 on error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
CANDIDATE = {"cv", "motivation_letter"}

errors = []
def err(msg): errors.append(msg)

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9 or d == "000000000": return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    lens = {"NL": 18, "BE": 16, "DE": 22, "PL": 28}
    if s[:2] in lens and len(s) != lens[s[:2]]: return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def occurs(text, needle):
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text) is not None

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

labels = load("labels.jsonl")
evid = {e["doc"]: e for e in load("evidence.jsonl")}
files = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [l["doc"] for l in labels]
if len(seen) != len(set(seen)): err("duplicate label lines")
if set(seen) != set(files): err(f"docs/labels mismatch: {set(files) ^ set(seen)}")
if set(evid) != set(seen): err("evidence.jsonl does not match labels.jsonl")

cnt = Counter()
for l in labels:
    d = l["doc"]
    keys = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules"}
    if set(l) != keys: err(f"{d}: keys {set(l) ^ keys}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): err(f"{d}: bad file name")
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    e = evid.get(d, {})
    if l["lang"] not in ("nl", "en"): err(f"{d}: lang")
    if l["doc_type"] not in DOC_TYPES: err(f"{d}: doc_type {l['doc_type']}")
    if not set(l["special"]) <= SPECIAL: err(f"{d}: special {l['special']}")
    if not set(l["rules"]) <= RULES: err(f"{d}: rules {l['rules']}")
    if not isinstance(l["hard_negative"], bool) or not isinstance(l["diagnosis"], bool):
        err(f"{d}: booleans")
    # evidence
    ev = e.get("evidence", {})
    if set(ev) != set(l["special"]): err(f"{d}: evidence categories {set(ev)} != special {set(l['special'])}")
    for cat, texts in ev.items():
        if not texts: err(f"{d}: no evidence for {cat}")
        for t in texts:
            if not occurs(text, t): err(f"{d}: evidence not in text: {cat} {t!r}")
    for b in e.get("bsn", []):
        if not occurs(text, b): err(f"{d}: BSN not in text {b!r}")
        if not bsn_ok(b): err(f"{d}: BSN fails 11-check {b!r}")
    for b in e.get("bsn_decoys", []):
        if not occurs(text, b): err(f"{d}: decoy not in text {b!r}")
        if not bsn_ok(b): err(f"{d}: decoy fails 11-check {b!r}")
    for i in e.get("iban", []):
        if not occurs(text, i): err(f"{d}: IBAN not in text {i!r}")
        if not iban_ok(i): err(f"{d}: IBAN fails mod-97 {i!r}")
    for i in e.get("id_document", []):
        if not occurs(text, i): err(f"{d}: ID number not in text {i!r}")
    # every IBAN-looking string in the text must be valid
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", text):
        s = m.group(0)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{4}.*", s.replace(" ", "")) or s[:2] in ("DE", "BE", "PL"):
            if s[:2] in ("NL", "BE", "DE", "PL") and not iban_ok(s):
                err(f"{d}: invalid IBAN-like string in text {s!r}")
    # no unlabelled 11-check-valid 9-digit numbers
    known = {re.sub(r"\D", "", b) for b in e.get("bsn", []) + e.get("bsn_decoys", [])}
    for m in re.finditer(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{4} \d{2} \d{3})(?![\w])", text):
        dgt = re.sub(r"\D", "", m.group(0))
        if bsn_ok(dgt) and dgt not in known:
            err(f"{d}: unlabelled 11-check-valid number {m.group(0)!r}")
    # rule consistency
    t = l["doc_type"]; hr = e.get("hr_record")
    if t in HR_TYPES and not hr: err(f"{d}: {t} must be an HR record")
    if t in CANDIDATE and hr: err(f"{d}: candidate document marked HR")
    has_bsn = bool(e.get("bsn"))
    exp = set()
    if has_bsn and t in CANDIDATE: exp.add("bsn-on-cv")
    if has_bsn and not hr: exp.add("bsn-outside-hr")
    if l["special"]: exp.add("special-category")
    if l["diagnosis"]: exp.add("sickness-diagnosis")
    if e.get("iban") and t in CANDIDATE: exp.add("iban-on-cv")
    if e.get("id_document") and t == "cv": exp.add("id-document-on-cv")
    if exp != set(l["rules"]): err(f"{d}: rules {l['rules']} expected {sorted(exp)}")
    if l["diagnosis"] and not (hr and "SPECIAL_HEALTH" in l["special"]):
        err(f"{d}: diagnosis needs an HR record stating health")
    if l["hard_negative"] and (l["special"] or l["diagnosis"]):
        err(f"{d}: hard negative with special/diagnosis")
    # counts
    cnt["docs"] += 1
    cnt["doc_type:" + t] += 1
    cnt["lang:" + l["lang"]] += 1
    for s in l["special"]: cnt["special:" + s] += 1
    for r in l["rules"]: cnt["rule:" + r] += 1
    if l["hard_negative"]: cnt["hard_negative"] += 1
    if l["diagnosis"]: cnt["diagnosis"] += 1
    if has_bsn and hr: cnt["bsn_in_hr_record_no_rule"] += 1
    if t in ("medical",) or (hr and "verzuim" in d): pass

for k in sorted(cnt): print(f"{k:45s} {cnt[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for x in errors: print("  " + x)
    sys.exit(1)
print("\nOK")
