#!/usr/bin/env python3
"""Author's own check of labels.jsonl for this document set."""
import json, os, re, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
DT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    return s.isdigit() and len(s)==9 and (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ","").upper()
    r = s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r)) % 97 == 1
err = []
rows = [json.loads(l) for l in open(os.path.join(here,"labels.jsonl"),encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(here,"docs")))
seen = set()
cnt = collections.Counter()
for r in rows:
    d = r["doc"]
    if d in seen: err.append(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(here,"docs",d)
    if not os.path.exists(p): err.append(f"{d}: no file"); continue
    t = open(p,encoding="utf-8").read()
    if r["lang"] not in ("nl","en"): err.append(f"{d}: lang")
    if r["doc_type"] not in DT: err.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): err.append(f"{d}: special {s}")
    for x in r["rules"]:
        if x not in RULES: err.append(f"{d}: rule {x}")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]: err.append(f"{d}: diagnosis without health")
    evs = {e["entity"] for e in r["evidence"]}
    for s in r["special"]:
        if s not in evs: err.append(f"{d}: no evidence phrase for {s}")
    for e in [dict(x, _d=0) for x in r["evidence"]] + [dict(x, _d=1) for x in r.get("decoys", [])]:
        k, v = e["entity"], e["text"]
        if k not in ENT: err.append(f"{d}: entity {k}")
        if "\n" in v: err.append(f"{d}: label spans line break {v!r}")
        if not re.search(r"(?<!\w)"+re.escape(v)+r"(?!\w)", t): err.append(f"{d}: not found as whole word {v!r}")
        if k=="NL_BSN" and not bsn_ok(v): err.append(f"{d}: BSN fails 11-check {v}")
        if k=="IBAN_CODE" and not iban_ok(v): err.append(f"{d}: IBAN fails mod-97 {v}")
        cnt[("decoy:" if e["_d"] else "")+k]+=1
    for dd in r.get("decoys", []):
        if dd["entity"]=="NL_BSN" and not bsn_ok(dd["text"]): err.append(f"{d}: BSN decoy fails 11-check")
    # every 9-digit 11-check-valid number in the text should be labelled or be a decoy
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", t):
        if bsn_ok(m.group()) and m.group() not in {e["text"] for e in r["evidence"]+r.get("decoys",[])}:
            err.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", t):
        if m.group() not in {e["text"] for e in r["evidence"]}:
            err.append(f"{d}: unlabelled IBAN {m.group()}")
for d in docs:
    if d not in seen: err.append(f"{d}: no label row")
c = collections.Counter()
for r in rows:
    c["lang_"+r["lang"]]+=1; c["type_"+r["doc_type"]]+=1
    c["hard_negative"]+=r["hard_negative"]; c["diagnosis"]+=r["diagnosis"]
    for x in r["rules"]: c["rule_"+x]+=1
    for s in r["special"]: c["special_"+s]+=1
print("documents:", len(rows))
for k in sorted(c): print(f"  {k}: {c[k]}")
print("evidence labels by entity:", dict(sorted(cnt.items())))
if err:
    print("\n".join(err)); print("FAIL"); sys.exit(1)
print("OK")
