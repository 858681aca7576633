#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-16 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__))
DOCTYPES={"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
SPECIAL={"SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
         "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
RULES={"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
IBAN_LEN={"NL":18,"DE":22,"GB":22,"PL":28,"AT":20}
NL_BANKS={"ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ","RBRB"}
def bsn_ok(s):
    s=re.sub(r"\D","",s)
    if len(s)==8: s="0"+s
    if len(s)!=9: return False
    return (sum(int(s[i])*(9-i) for i in range(8))-int(s[8]))%11==0
def iban_ok(s):
    s=s.replace(" ","").upper()
    if s[:2] not in IBAN_LEN or len(s)!=IBAN_LEN[s[:2]]: return False
    if s[:2]=="NL" and s[4:8] not in NL_BANKS: return False
    return int("".join(str(int(c,36)) for c in s[4:]+s[:4]))%97==1
def id_ok(s):  # Dutch passport / ID card number shape (stdnum-like), letters never O
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]",s) is not None
def expected_rules(dt,ents,special,diag):
    # the SPEC's rule table as read by the author (see README)
    r=set()
    if "NL_BSN" in ents:
        if dt in ("cv","motivation_letter"): r.add("bsn-on-cv")
        # HR records where a BSN may be: id_copy, payslip, employment_contract, medical (absence/
        # re-integration), vog. Everything else (cv, letter, notes/chats/mails = other, camera) breaks it.
        if dt in ("cv","motivation_letter","other","camera_footage"): r.add("bsn-outside-hr")
    if special: r.add("special-category")
    if diag and dt=="medical": r.add("sickness-diagnosis")
    if "IBAN_CODE" in ents and dt in ("cv","motivation_letter"): r.add("iban-on-cv")
    if "NL_ID_DOCUMENT" in ents and dt=="cv": r.add("id-document-on-cv")
    return r
errors=[]
def err(doc,msg): errors.append(f"{doc}: {msg}")
labels=[json.loads(l) for l in open(os.path.join(HERE,"labels.jsonl"),encoding="utf-8") if l.strip()]
files=sorted(os.listdir(os.path.join(HERE,"docs")))
seen=set()
cnt_type=Counter(); cnt_spec=Counter(); cnt_rule=Counter(); cnt_lang=Counter(); hn=0; diagn=0
for L in labels:
    doc=L.get("doc")
    if doc in seen: err(doc,"duplicate label")
    seen.add(doc)
    p=os.path.join(HERE,"docs",doc)
    if not os.path.isfile(p): err(doc,"no such file"); continue
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt",doc): err(doc,"bad file name")
    for w in ("bsn","negative","religion","decoy"):
        if w in doc.lower(): err(doc,f"slug contains label word {w}")
    text=open(p,encoding="utf-8").read()
    for k in ("lang","doc_type","special","hard_negative","diagnosis","rules","evidence"):
        if k not in L: err(doc,f"missing key {k}")
    if L["lang"] not in ("nl","en"): err(doc,"bad lang")
    dt=L["doc_type"]
    if dt not in DOCTYPES: err(doc,f"bad doc_type {dt}")
    special=set(L["special"]); rules=set(L["rules"])
    if special-SPECIAL: err(doc,f"unknown special {special-SPECIAL}")
    if rules-RULES: err(doc,f"unknown/unlabelled rule {rules-RULES}")
    ents=set(); bsn_texts=set()
    for e in L["evidence"]:
        ent,t=e["entity"],e["text"]
        ents.add(ent)
        if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",text): err(doc,f"evidence not found as whole word: {ent} {t!r}")
        if ent=="NL_BSN":
            bsn_texts.add(re.sub(r"\D","",t))
            if not bsn_ok(t): err(doc,f"BSN fails 11-check: {t}")
        elif ent=="IBAN_CODE":
            if not iban_ok(t): err(doc,f"invalid IBAN: {t}")
        elif ent=="NL_ID_DOCUMENT":
            if not id_ok(t): err(doc,f"bad ID number: {t}")
        elif ent not in SPECIAL: err(doc,f"unknown evidence entity {ent}")
    spec_ev={e["entity"] for e in L["evidence"] if e["entity"] in SPECIAL}
    if spec_ev!=special: err(doc,f"special {sorted(special)} != special evidence {sorted(spec_ev)}")
    if L["diagnosis"] and "SPECIAL_HEALTH" not in special: err(doc,"diagnosis without SPECIAL_HEALTH")
    exp=expected_rules(dt,ents,special,L["diagnosis"])
    if exp!=rules: err(doc,f"rules {sorted(rules)} but rule table gives {sorted(exp)}")
    if L["hard_negative"] and (special or rules): err(doc,"hard negative with special or rules")
    # any 11-check-valid 9-digit number not labelled as BSN is an error
    for m in re.finditer(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w]|\.\d)",text):
        digits=re.sub(r"\D","",m.group(1))
        if bsn_ok(digits) and digits not in bsn_texts: err(doc,f"unlabelled 11-check-valid number {m.group(1)}")
    # every IBAN-looking string must be labelled and valid
    for m in re.finditer(r"(?<!\w)[A-Z]{2}\d{2}[A-Z0-9]{10,30}(?!\w)",text):
        if m.group(0) not in {e["text"] for e in L["evidence"] if e["entity"]=="IBAN_CODE"}: err(doc,f"unlabelled IBAN-like {m.group(0)}")
    cnt_type[dt]+=1; cnt_lang[L["lang"]]+=1
    for s in special: cnt_spec[s]+=1
    for r in rules: cnt_rule[r]+=1
    hn+=bool(L["hard_negative"]); diagn+=bool(L["diagnosis"])
for f in files:
    if f not in seen: err(f,"document without label")
print(f"documents: {len(labels)}  (nl {cnt_lang['nl']}, en {cnt_lang['en']})  hard negatives: {hn}  diagnosis: {diagn}")
print("doc_type:", dict(sorted(cnt_type.items())))
print("special:", dict(sorted(cnt_spec.items())))
print("rules:", dict(sorted(cnt_rule.items())))
for t in sorted(DOCTYPES):
    if cnt_type[t]<5: errors.append(f"doc_type {t} appears only {cnt_type[t]} times")
for r in sorted(RULES):
    if cnt_rule[r]<8: errors.append(f"rule {r} only {cnt_rule[r]} documents")
if errors:
    print("\n".join("ERROR "+e for e in errors)); sys.exit(1)
print("OK")
