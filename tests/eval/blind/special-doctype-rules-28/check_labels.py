#!/usr/bin/env python3
"""Author's own label check for the blind set special-doctype-rules-28 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
            "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
DOC_TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(c)*w for c, w in zip(s, [9,8,7,6,5,4,3,2,-1]))
    return t % 11 == 0 and s != "000000000"

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
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
labelled = [r["doc"] for r in rows]
if sorted(labelled) != docs: errs.append("docs and label rows differ")
if len(set(labelled)) != len(labelled): errs.append("duplicate label rows")
cnt = Counter(); spec = Counter(); rules = Counter(); langs = Counter(); hn = 0; diag = 0
for r in rows:
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): errs.append(f"{r['doc']}: missing file"); continue
    text = open(path, encoding="utf-8").read()
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", r["doc"]): errs.append(f"{r['doc']}: bad name")
    if r.get("lang") not in ("nl","en"): errs.append(f"{r['doc']}: lang")
    langs[r["lang"]] += 1
    if r.get("doc_type") not in DOC_TYPES: errs.append(f"{r['doc']}: doc_type")
    for k in ("hard_negative","diagnosis"):
        if not isinstance(r.get(k), bool): errs.append(f"{r['doc']}: {k}")
    hn += r["hard_negative"]; diag += r["diagnosis"]
    for s in r["special"]:
        if s not in ENTITIES or not s.startswith("SPECIAL_"): errs.append(f"{r['doc']}: special {s}")
        spec[s] += 1
    for ru in r["rules"]:
        if ru not in RULES: errs.append(f"{r['doc']}: rule {ru}")
        rules[ru] += 1
    if r["special"] and "special-category" not in r["rules"]: errs.append(f"{r['doc']}: special without rule")
    if not r["special"] and "special-category" in r["rules"]: errs.append(f"{r['doc']}: rule without special")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: errs.append(f"{r['doc']}: diagnosis without rule")
    if r["hard_negative"] and r["special"]: errs.append(f"{r['doc']}: hard negative with special")
    ev_special = set()
    for key in ("evidence", "decoys"):
        for item in r.get(key, []):
            ent, t = item["entity"], item["text"]
            if ent not in ENTITIES: errs.append(f"{r['doc']}: entity {ent}")
            if "\n" in t: errs.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{r['doc']}: not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): errs.append(f"{r['doc']}: BSN 11-check fails {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{r['doc']}: IBAN mod-97 fails {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): errs.append(f"{r['doc']}: ID shape {t}")
            if key == "evidence":
                cnt[ent] += 1
                if ent.startswith("SPECIAL_"): ev_special.add(ent)
            else:
                cnt["decoy:" + ent] += 1
    if ev_special != set(r["special"]): errs.append(f"{r['doc']}: special {r['special']} vs evidence {sorted(ev_special)}")
    # every BSN/IBAN/ID in rules must have evidence
    evt = {i["entity"] for i in r["evidence"]}
    if ("bsn-on-cv" in r["rules"] or "bsn-outside-hr" in r["rules"]) and "NL_BSN" not in evt: errs.append(f"{r['doc']}: bsn rule w/o BSN")
    if "iban-on-cv" in r["rules"] and "IBAN_CODE" not in evt: errs.append(f"{r['doc']}: iban rule w/o IBAN")
    if "id-document-on-cv" in r["rules"] and "NL_ID_DOCUMENT" not in evt: errs.append(f"{r['doc']}: id rule w/o ID")

print(f"documents: {len(rows)}  languages: {dict(langs)}  hard negatives: {hn}  diagnosis: {diag}")
print("evidence:", dict(sorted(cnt.items())))
print("special:", dict(sorted(spec.items())))
print("rules:", dict(sorted(rules.items())))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
