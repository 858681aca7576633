#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-49 blind set (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
DT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.replace(" ", "").replace(".", "")
    if not s.isdigit() or len(s) not in (8, 9): return False
    s = s.zfill(9)
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
cnt = collections.Counter(); langs = collections.Counter(); dts = collections.Counter()
rulec = collections.Counter(); specc = collections.Counter()
for r in rows:
    d = r["doc"]; seen.add(d)
    if d in [x for x in seen if False]: pass
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no such doc"); continue
    text = open(p, encoding="utf-8").read()
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DT: errs.append(f"{d}: doc_type {r['doc_type']}")
    dts[r["doc_type"]] += 1
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool): errs.append(f"{d}: {k} not bool")
    for ru in r["rules"]:
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
        rulec[ru] += 1
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): errs.append(f"{d}: special {s}")
        specc[s] += 1
    evsp = set()
    for e in r["evidence"]:
        t = e["text"]; en = e["entity"]
        if en not in ENT: errs.append(f"{d}: entity {en}")
        if "\n" in t: errs.append(f"{d}: label spans line break {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: not found as whole word {t!r}")
        if en == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if en == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if en.startswith("SPECIAL_"): evsp.add(en)
        cnt[en] += 1
    if evsp != set(r["special"]): errs.append(f"{d}: special {r['special']} vs evidence {sorted(evsp)}")
    for dec in r.get("decoys", []):
        if dec["entity"] == "NL_BSN" and not bsn_ok(dec["text"]): errs.append(f"{d}: decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(dec["text"]) + r"(?!\w)", text): errs.append(f"{d}: decoy not found")
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
if len(rows) != len(seen): errs.append("duplicate label rows")
print("documents:", len(rows), dict(langs))
print("doc_type:", dict(dts))
print("hard_negative:", sum(r["hard_negative"] for r in rows), " diagnosis:", sum(r["diagnosis"] for r in rows))
print("rules:", dict(rulec)); print("special:", dict(specc)); print("evidence:", dict(cnt))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
