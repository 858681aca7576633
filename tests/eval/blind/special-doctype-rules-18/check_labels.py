#!/usr/bin/env python3
"""Check labels.jsonl of this document set against docs/ (standard library only).
Exit 1 on any error; print counts."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
SPECIAL = {"SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
           "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
ENT = {"NL_BSN","IBAN_CODE","NL_ID_DOCUMENT"} | SPECIAL
IBAN_LEN = {"NL":18,"DE":22,"BE":16,"GB":22,"FR":27,"PL":28,"ES":24,"PT":25}
NL_BANKS = {"ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ","RBRB","FVLB"}
errors = []
def err(m): errors.append(m)
def bsn_ok(s):
    return len(s)==9 and s.isdigit() and (sum(int(s[i])*(9-i) for i in range(8))-int(s[8]))%11==0
def iban_ok(s):
    s = s.replace(" ","").upper()
    if s[:2] not in IBAN_LEN or len(s)!=IBAN_LEN[s[:2]]: return False
    if s[:2]=="NL" and s[4:8] not in NL_BANKS: return False
    r = s[4:]+s[:4]
    try: return int("".join(str(int(c,36)) for c in r)) % 97 == 1
    except ValueError: return False
def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))
def whole(text, t):
    return re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)", text) is not None
recs = [json.loads(l) for l in open(os.path.join(HERE,"labels.jsonl"),encoding="utf-8") if l.strip()]
files = sorted(os.listdir(os.path.join(HERE,"docs")))
seen = [r["doc"] for r in recs]
if sorted(seen) != files: err("labels and docs/ differ: %s" % sorted(set(seen) ^ set(files)))
if len(set(seen)) != len(seen): err("duplicate doc labels")
cnt = collections.Counter()
for r in recs:
    doc = r["doc"]
    p = os.path.join(HERE,"docs",doc)
    if not os.path.exists(p): continue
    text = open(p,encoding="utf-8").read()
    for k in ("doc","lang","doc_type","special","hard_negative","diagnosis","rules","evidence"):
        if k not in r: err(f"{doc}: missing {k}")
    if r["lang"] not in ("nl","en"): err(f"{doc}: lang")
    if r["doc_type"] not in DOC_TYPES: err(f"{doc}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: err(f"{doc}: special {s}")
    for s in r["rules"]:
        if s not in RULES: err(f"{doc}: rule {s}")
    ev = r["evidence"]; ents = collections.defaultdict(list)
    for e in ev:
        if e["entity"] not in ENT: err(f"{doc}: evidence entity {e['entity']}")
        if not whole(text, e["text"]): err(f"{doc}: evidence text not a whole word: {e['text']!r}")
        ents[e["entity"]].append(e["text"])
        if e["entity"]=="NL_BSN" and not bsn_ok(e["text"]): err(f"{doc}: invalid BSN {e['text']}")
        if e["entity"]=="IBAN_CODE" and not iban_ok(e["text"]): err(f"{doc}: invalid IBAN {e['text']}")
        if e["entity"]=="NL_ID_DOCUMENT" and not id_ok(e["text"]): err(f"{doc}: bad ID number {e['text']}")
    # every special category listed has exactly one phrase, and vice versa
    if sorted(r["special"]) != sorted(k for k in ents if k in SPECIAL): err(f"{doc}: special vs evidence mismatch")
    for k in SPECIAL:
        if len(ents.get(k,[]))>1: err(f"{doc}: more than one phrase for {k}")
    if r["hard_negative"] and r["special"]: err(f"{doc}: hard negative with special categories")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]: err(f"{doc}: diagnosis without SPECIAL_HEALTH")
    decoys = {d["text"] for d in r.get("decoys",[])}
    for m in re.finditer(r"(?<!\w)(\d{9})(?!\w)", text):
        if bsn_ok(m.group(1)) and m.group(1) not in ents.get("NL_BSN",[]) and m.group(1) not in decoys:
            err(f"{doc}: 11-check-valid number {m.group(1)} neither BSN nor decoy")
    for m in re.finditer(r"(?<![\w])([A-Z]{2}\d{2}[A-Z0-9]{11,30})(?!\w)", text):
        if iban_ok(m.group(1)) and m.group(1) not in ents.get("IBAN_CODE",[]): err(f"{doc}: unlabelled IBAN {m.group(1)}")
    # rule consistency with the README's reading of the SPEC
    cand = r["doc_type"] in ("cv","motivation_letter"); rules = set(r["rules"])
    if ("special-category" in rules) != bool(r["special"]): err(f"{doc}: special-category rule mismatch")
    if ("sickness-diagnosis" in rules) != (r["diagnosis"] and not cand): err(f"{doc}: sickness-diagnosis mismatch")
    if ("bsn-on-cv" in rules) != (cand and bool(ents.get("NL_BSN"))): err(f"{doc}: bsn-on-cv mismatch")
    # lead's label fix: a BSN on a CV or letter breaks bsn-outside-hr too (a CV is no HR record)
    if cand and ents.get("NL_BSN") and "bsn-outside-hr" not in rules: err(f"{doc}: bsn-outside-hr missing on a candidate document")
    if "bsn-outside-hr" in rules and (not ents.get("NL_BSN") or r["doc_type"] in ("id_copy","payslip","employment_contract")):
        err(f"{doc}: bsn-outside-hr not possible here")
    if ("iban-on-cv" in rules) != (cand and bool(ents.get("IBAN_CODE"))): err(f"{doc}: iban-on-cv mismatch")
    if ("id-document-on-cv" in rules) != (r["doc_type"]=="cv" and bool(ents.get("NL_ID_DOCUMENT"))): err(f"{doc}: id-document-on-cv mismatch")
    cnt["docs"] += 1; cnt["lang:"+r["lang"]] += 1; cnt["type:"+r["doc_type"]] += 1
    cnt["hard_negative"] += r["hard_negative"]; cnt["diagnosis"] += r["diagnosis"]
    for s in r["special"]: cnt[s] += 1
    for s in r["rules"]: cnt["rule:"+s] += 1
for k in sorted(cnt): print(f"{k:32s} {cnt[k]}")
for e in errors: print("ERROR", e)
if errors: print(f"{len(errors)} error(s)"); sys.exit(1)
print("OK")
