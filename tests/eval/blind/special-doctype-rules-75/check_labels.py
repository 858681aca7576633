#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-75 blind set (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENT if e.startswith("SPECIAL_")}
DOCTYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None
errs = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
cnt = collections.Counter(); lang = collections.Counter(); dt = collections.Counter(); rc = collections.Counter()
for r in rows:
    d = r["doc"]
    if d in seen: errs.append(f"{d}: duplicate row")
    seen.add(d)
    if d not in docs: errs.append(f"{d}: no such doc"); continue
    text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    lang[r["lang"]] += 1; dt[r["doc_type"]] += 1
    if r["lang"] not in ("nl","en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DOCTYPES: errs.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("special","rules","evidence"):
        if not isinstance(r.get(k), list): errs.append(f"{d}: {k} missing")
    for k in ("hard_negative","diagnosis"):
        if not isinstance(r.get(k), bool): errs.append(f"{d}: {k} missing")
    for s in r["special"]:
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for x in r["rules"]:
        if x not in RULES: errs.append(f"{d}: rule {x}"); rc[x] += 1
        else: rc[x] += 1
    if r["hard_negative"]: cnt["hard_negative"] += 1
    if r["diagnosis"]: cnt["diagnosis"] += 1
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        cnt[ent] += 1
        if ent not in ENT: errs.append(f"{d}: entity {ent}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): errs.append(f"{d}: ID shape {t}")
        if ent in SPECIAL: ev_special.add(ent)
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]): errs.append(f"{d}: BSN decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text): errs.append(f"{d}: decoy not found")
    if ev_special != set(r["special"]):
        errs.append(f"{d}: special {sorted(r['special'])} vs evidence {sorted(ev_special)}")
    if r["special"] and r["hard_negative"]:
        errs.append(f"{d}: hard_negative but states special data")
    if r["special"] and "special-category" not in r["rules"]:
        errs.append(f"{d}: special data but no special-category rule")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errs.append(f"{d}: bad file name")
print(f"documents: {len(rows)}  by language: {dict(lang)}")
print(f"doc_type: {dict(dt)}")
print(f"rules: {dict(rc)}")
print(f"evidence/flags: {dict(cnt)}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
