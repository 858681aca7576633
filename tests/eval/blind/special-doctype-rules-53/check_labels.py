#!/usr/bin/env python3
"""Author's own label check for special-doctype-rules-53 (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENT if e.startswith("SPECIAL_")}
DT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and s != "000000000"
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:]+s[:4])) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
cnt = collections.Counter(); langs = collections.Counter(); types = collections.Counter()
rulec = collections.Counter(); specc = collections.Counter()
for r in rows:
    d = r["doc"]
    if d in seen: errs.append(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    langs[r["lang"]] += 1; types[r["doc_type"]] += 1
    if r["lang"] not in ("nl","en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DT: errs.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("hard_negative","diagnosis"):
        if not isinstance(r[k], bool): errs.append(f"{d}: {k} not bool")
    for s in r["special"]:
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
        specc[s] += 1
    for s in r["rules"]:
        if s not in RULES: errs.append(f"{d}: rule {s}")
        rulec[s] += 1
    evs = set()
    for e in r.get("evidence", []) + r.get("entities", []) + r.get("decoys", []):
        ent, t = e["entity"], e["text"]
        cnt[ent] += 1
        if ent not in ENT: errs.append(f"{d}: entity {ent}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: {ent} text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(re.sub(r"\D", "", t)): errs.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t.replace(" ", "")): errs.append(f"{d}: ID shape {t}")
        evs.add(ent)
    for s in r["special"]:
        if s not in evs: errs.append(f"{d}: special {s} without evidence phrase")
    for s in evs & SPECIAL:
        if s not in r["special"]: errs.append(f"{d}: evidence {s} not in special")
    # consistency of rules with content
    has_bsn = "NL_BSN" in evs
    if bool(r["special"]) != ("special-category" in r["rules"]): errs.append(f"{d}: special vs special-category rule")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: errs.append(f"{d}: diagnosis without rule")
    if r["doc_type"] in ("cv","motivation_letter") and has_bsn and "bsn-on-cv" not in r["rules"]:
        errs.append(f"{d}: BSN on cv/letter but no bsn-on-cv")
    # every 9-digit number in text that passes the 11-check must be labelled (BSN) or listed as decoy
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and not any(e["text"].replace(" ","").find(m.group()) >= 0 for e in r.get("evidence", []) + r.get("decoys", [])):
            errs.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(docs), "rows:", len(rows))
print("languages:", dict(langs))
print("doc_types:", dict(types))
print("evidence by entity:", dict(cnt))
print("special by category:", dict(specc))
print("rules:", dict(rulec))
print("hard negatives:", sum(r["hard_negative"] for r in rows), "diagnosis:", sum(r["diagnosis"] for r in rows))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
