#!/usr/bin/env python3
"""Author's own check of labels.jsonl for this blind document set (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DOCTYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
ENTITIES = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON",
 "SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    return (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errs.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errs.append(f"label row for missing doc {d}")
ent = Counter(); langs = Counter(); types = Counter(); rulec = Counter(); specc = Counter(); hn = 0; diag = 0
for r in rows:
    d = r["doc"]
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): continue
    text = open(p, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errs.append(f"{d}: lang")
    if r.get("doc_type") not in DOCTYPES: errs.append(f"{d}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): errs.append(f"{d}: {k} not bool")
    for s in r.get("special", []):
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
    ev_special = set()
    for ev in r.get("evidence", []):
        e, t = ev["entity"], ev["text"]
        if e not in ENTITIES: errs.append(f"{d}: entity {e}")
        if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text): errs.append(f"{d}: not found as whole word: {t!r}")
        if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
        if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
        if e == "NL_ID_DOCUMENT" and not id_ok(t.replace(" ", "")): errs.append(f"{d}: ID shape {t}")
        if e in SPECIAL: ev_special.add(e)
        ent[e] += 1
    for ev in r.get("decoys", []):
        if ev["entity"] == "NL_BSN" and not bsn_ok(ev["text"]): errs.append(f"{d}: BSN decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(ev["text"]) + r"(?!\w)", text): errs.append(f"{d}: decoy not found {ev['text']!r}")
    if ev_special != set(r.get("special", [])): errs.append(f"{d}: special {r.get('special')} vs evidence {sorted(ev_special)}")
    if r.get("diagnosis") and "sickness-diagnosis" not in r.get("rules", []): errs.append(f"{d}: diagnosis true but no sickness-diagnosis rule")
    langs[r["lang"]] += 1; types[r["doc_type"]] += 1; hn += r["hard_negative"]; diag += r["diagnosis"]
    for ru in r.get("rules", []): rulec[ru] += 1
    for s in r.get("special", []): specc[s] += 1
print(f"documents: {len(docs)}  label rows: {len(rows)}")
print("languages:", dict(langs))
print("doc_types:", dict(types))
print(f"hard_negative: {hn} ({hn/max(1,len(rows)):.0%})  diagnosis: {diag}")
print("special:", dict(specc))
print("rules:", dict(rulec))
print("evidence entities:", dict(ent))
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
