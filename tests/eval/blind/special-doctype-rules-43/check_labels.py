#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-43."""
import json, os, re, sys
from collections import Counter
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
    if not s.isdigit() or len(s) != 9: return False
    return (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errs.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errs.append(f"label row for missing doc {d}")
c_lang, c_type, c_spec, c_rule, c_ev = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    try:
        text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    except OSError:
        continue
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DT: errs.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for x in r["rules"]:
        if x not in RULES: errs.append(f"{d}: rule {x}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errs.append(f"{d}: booleans")
    if r["hard_negative"] and r["special"]:
        pass  # allowed only if noted; a hard negative normally states nothing
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENT: errs.append(f"{d}: entity {ent}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errs.append(f"{d}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if ent in SPECIAL: ev_special.add(ent)
        c_ev[ent] += 1
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]): errs.append(f"{d}: decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(e["text"]) + r"(?!\w)", text):
            errs.append(f"{d}: decoy not found {e['text']!r}")
    if ev_special != set(r["special"]):
        errs.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errs.append(f"{d}: diagnosis without sickness-diagnosis rule")
    # every BSN-looking 9-digit number that passes the 11-check must be labelled or a decoy
    labelled = {e["text"] for e in r["evidence"]} | {e["text"] for e in r.get("decoys", [])}
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errs.append(f"{d}: unlabelled 11-check number {m.group()}")
    c_lang[r["lang"]] += 1; c_type[r["doc_type"]] += 1
    for s in r["special"]: c_spec[s] += 1
    for x in r["rules"]: c_rule[x] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]
print("documents:", len(rows), dict(c_lang))
print("doc_type:", dict(c_type))
print("special:", dict(c_spec))
print("rules:", dict(c_rule))
print("evidence:", dict(c_ev))
print(f"hard_negative: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
