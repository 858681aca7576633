#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-64 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
DT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(c)*w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
err = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: err.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: err.append(f"label for missing doc {d}")
ents, rules, specials, langs, dts = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): err.append(f"{d}: lang")
    if r["doc_type"] not in DT: err.append(f"{d}: doc_type {r['doc_type']}")
    dts[r["doc_type"]] += 1
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool): err.append(f"{d}: {k} not bool")
    hn += r["hard_negative"]; diag += r["diagnosis"]
    for ru in r["rules"]:
        if ru not in RULES: err.append(f"{d}: rule {ru}")
        rules[ru] += 1
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): err.append(f"{d}: special {s}")
        specials[s] += 1
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if ev_special != set(r["special"]): err.append(f"{d}: special list != evidence {ev_special}")
    if r["special"] and "special-category" not in r["rules"]: err.append(f"{d}: special without rule")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: err.append(f"{d}: diagnosis without rule")
    for e in r["evidence"] + r.get("decoys", []):
        t, en = e["text"], e["entity"]
        ents[en] += 1
        if en not in ENT: err.append(f"{d}: entity {en}")
        if "\n" in t: err.append(f"{d}: label spans line break {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text): err.append(f"{d}: not found as whole word {t!r}")
        if en == "NL_BSN" and not bsn_ok(t): err.append(f"{d}: BSN fails 11-check {t}")
        if en == "IBAN_CODE" and not iban_ok(t): err.append(f"{d}: IBAN fails mod-97 {t}")
        if en == "NL_ID_DOCUMENT" and not id_ok(t): err.append(f"{d}: ID shape {t}")
    # every 9-digit number that passes the 11-check and every NL IBAN in the text must be labelled
    labelled = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<![\w-])\d{9}(?![\w-])", text):
        if bsn_ok(m.group()) and m.group() not in labelled: err.append(f"{d}: unlabelled 11-check number {m.group()}")
    for m in re.finditer(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m.group() not in labelled: err.append(f"{d}: unlabelled IBAN {m.group()}")
print(f"documents: {len(rows)}  by language: {dict(langs)}")
print(f"doc_types: {dict(dts)}")
print(f"hard negatives: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"rules: {dict(rules)}")
print(f"special: {dict(specials)}")
print(f"evidence entities: {dict(ents)}")
if err:
    print("\n".join(err)); print("FAILED"); sys.exit(1)
print("OK")
