#!/usr/bin/env python3
"""Author's own check of labels.jsonl (document set special-doctype-rules-6). Plain python3, stdlib only.
Checks: every doc has a label and vice versa; field types and values (SPEC names); rule/field consistency
(see README "Choices"); every BSN / IBAN / ID number listed in evidence.jsonl occurs in its document as a
whole word (README match rule, separators inside a BSN/IBAN allowed); BSNs pass the 11-check; IBANs pass
mod-97; every IBAN-looking string in any document passes mod-97. Prints counts; exits 1 on error."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
SPECIAL = {"SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
           "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
HR_TYPES = {"id_copy","payslip","employment_contract","medical","vog"}
errors = []
def err(m): errors.append(m)
def bsn_ok(x):
    x = x.zfill(9)
    if len(x) != 9 or not x.isdigit() or x == "000000000": return False
    return (sum(int(x[i]) * (9 - i) for i in range(8)) - int(x[8])) % 11 == 0
def iban_ok(x):
    x = x.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", x): return False
    return int("".join(str(int(c, 36)) for c in x[4:] + x[:4])) % 97 == 1
def occurs(value, text, seps=False):
    if seps:
        pat = r"[ .]?".join(re.escape(c) for c in value)
    else:
        pat = re.escape(value)
    return re.search(r"(?<!\w)" + pat + r"(?!\w)", text) is not None

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
evid = {e["doc"]: e for e in (json.loads(l) for l in open(os.path.join(HERE, "evidence.jsonl"), encoding="utf-8") if l.strip())}
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
names = [l["doc"] for l in labels]
if len(set(names)) != len(names): err("duplicate doc in labels")
if set(names) != set(docs): err(f"labels/docs mismatch: {set(names) ^ set(docs)}")
cnt = Counter()
for l in labels:
    d = l["doc"]
    for k in ("doc","lang","doc_type","special","hard_negative","diagnosis","rules"):
        if k not in l: err(f"{d}: missing {k}")
    if not re.fullmatch(r"\d{3}-[^/]+\.txt", d): err(f"{d}: bad name")
    if l["lang"] not in ("nl","en"): err(f"{d}: lang")
    if l["doc_type"] not in DOC_TYPES: err(f"{d}: doc_type {l['doc_type']}")
    if not set(l["special"]) <= SPECIAL: err(f"{d}: special {l['special']}")
    if not set(l["rules"]) <= RULES: err(f"{d}: rules {l['rules']}")
    if not isinstance(l["hard_negative"], bool) or not isinstance(l["diagnosis"], bool): err(f"{d}: bool fields")
    e = evid.get(d)
    if e is None: err(f"{d}: no evidence row"); continue
    text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    hr = e["hr_record"]; dt = l["doc_type"]; rules = set(l["rules"])
    if dt in HR_TYPES and not hr: err(f"{d}: HR doc type but hr_record false")
    if dt in ("cv","motivation_letter") and hr: err(f"{d}: candidate doc marked HR record")
    for b in e["bsn"]:
        if not bsn_ok(b): err(f"{d}: BSN {b} fails 11-check")
        if not occurs(b, text, seps=True): err(f"{d}: BSN {b} not in text")
    for i in e["iban"]:
        if not iban_ok(i): err(f"{d}: IBAN {i} fails mod-97")
        if not occurs(i, text, seps=True): err(f"{d}: IBAN {i} not in text")
    for x in e["id_document"]:
        if not occurs(x, text): err(f"{d}: ID {x} not in text")
    for m in re.finditer(r"(?<![A-Z0-9])(NL|BE|DE)\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])", text):
        if not iban_ok(m.group(0)): err(f"{d}: IBAN-like {m.group(0)!r} fails mod-97")
    # consistency
    cvlike = dt in ("cv","motivation_letter")
    exp = set()
    if e["bsn"] and cvlike: exp.add("bsn-on-cv")
    if e["bsn"] and not hr: exp.add("bsn-outside-hr")
    if l["special"]: exp.add("special-category")
    if l["diagnosis"] and hr: exp.add("sickness-diagnosis")
    if e["iban"] and cvlike: exp.add("iban-on-cv")
    if e["id_document"] and dt == "cv": exp.add("id-document-on-cv")
    if exp != rules: err(f"{d}: rules {sorted(rules)} != expected {sorted(exp)}")
    if l["diagnosis"] and "SPECIAL_HEALTH" not in l["special"]: err(f"{d}: diagnosis without SPECIAL_HEALTH")
    if l["hard_negative"] and l["special"]: err(f"{d}: hard negative with special category")
    cnt["docs"] += 1; cnt["lang:" + l["lang"]] += 1; cnt["type:" + dt] += 1
    for s in l["special"]: cnt["special:" + s] += 1
    for r in l["rules"]: cnt["rule:" + r] += 1
    if l["hard_negative"]: cnt["hard_negative"] += 1
    if l["diagnosis"]: cnt["diagnosis"] += 1
    if e["bsn"] and hr: cnt["bsn-in-hr-record (no rule)"] += 1
    if e["bsn"] and not hr and not cvlike: cnt["bsn-outside-hr, non-candidate doc"] += 1
    if dt == "medical" and not l["diagnosis"]: cnt["absence record without cause"] += 1
    cnt["bsn values"] += len(e["bsn"]); cnt["iban values"] += len(e["iban"])
for k in sorted(cnt): print(f"{k:45s} {cnt[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):"); [print("  " + m) for m in errors[:80]]; sys.exit(1)
print("\nOK")
