#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENT if e.startswith("SPECIAL_")}
DOCTYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog",
            "camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv",
         "id-document-on-cv"}
def bsn_ok(s):
    s = s.replace(".", "").replace(" ", "")
    if not s.isdigit() or len(s) not in (8, 9): return False
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1: errs.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files: errs.append(f"label row for missing doc {d}")
for f in files:
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): errs.append(f"bad name {f}")
ent_c, spec_c, rule_c, type_c, lang_c = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    p = os.path.join(DOCS, d)
    if not os.path.exists(p): continue
    text = open(p, encoding="utf-8").read()
    for k in ("lang","doc_type","special","hard_negative","diagnosis","rules","evidence"):
        if k not in r: errs.append(f"{d}: missing key {k}")
    if r["lang"] not in ("nl","en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DOCTYPES: errs.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errs.append(f"{d}: bool flags")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): errs.append(f"{d}: diagnosis vs rule")
    if bool(r["special"]) != ("special-category" in r["rules"]): errs.append(f"{d}: special vs rule")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENT: errs.append(f"{d}: entity {ent}")
        if "\n" in t or not t.strip(): errs.append(f"{d}: bad text {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t.replace(" ", "")): errs.append(f"{d}: ID shape {t}")
        if ent in SPECIAL: ev_special.add(ent)
        ent_c[ent] += 1
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]): errs.append(f"{d}: decoy BSN fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
            errs.append(f"{d}: decoy not found {e['text']!r}")
    if ev_special != set(r["special"]): errs.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    has = {e["entity"] for e in r["evidence"]}
    if "NL_BSN" in has and r["doc_type"] in ("cv","motivation_letter") and "bsn-on-cv" not in r["rules"]:
        errs.append(f"{d}: BSN on cv without rule")
    if "IBAN_CODE" in has and r["doc_type"] in ("cv","motivation_letter") and "iban-on-cv" not in r["rules"]:
        errs.append(f"{d}: IBAN on cv without rule")
    if "NL_ID_DOCUMENT" in has and r["doc_type"] == "cv" and "id-document-on-cv" not in r["rules"]:
        errs.append(f"{d}: ID on cv without rule")
    for s in r["special"]: spec_c[s] += 1
    for ru in r["rules"]: rule_c[ru] += 1
    type_c[r["doc_type"]] += 1; lang_c[r["lang"]] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]
n = len(rows)
print(f"documents: {len(files)}  label rows: {n}  by lang: {dict(lang_c)}")
print(f"doc_type: {dict(type_c)}")
print(f"special: {dict(spec_c)}")
print(f"rules: {dict(rule_c)}")
print(f"evidence entities: {dict(ent_c)}")
print(f"hard_negative: {hn} ({100*hn/max(n,1):.0f}%)  diagnosis: {diag}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
