#!/usr/bin/env python3
"""Check labels.jsonl of this set: every labelled text occurs as a whole word in its document,
entity formats and check digits are valid, decoys that claim a check are valid where relevant."""
import json, os, re, sys
from collections import Counter
HERE=os.path.dirname(os.path.abspath(__file__))
ENTS={"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE","NL_ID_DOCUMENT",
      "NL_DRIVERS_LICENSE","NL_KVK","NL_VAT","SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY",
      "SPECIAL_POLITICS","SPECIAL_BIOMETRIC"}
IBAN_LEN={"NL":18,"DE":22,"GB":22,"PL":28,"AT":20}
NL_BANKS={"ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ","RBRB"}
def digits(s): return re.sub(r"\D","",s)
def bsn_ok(s):
    d=digits(s)
    if len(d)==8: d="0"+d
    if len(d)!=9: return False
    t=sum(int(d[i])*(9-i) for i in range(8))-int(d[8])
    return t%11==0 and d!="000000000"
def iban_ok(s):
    s=s.replace(" ","").upper()
    cc=s[:2]
    if cc not in IBAN_LEN or len(s)!=IBAN_LEN[cc]: return False
    if cc=="NL" and s[4:8] not in NL_BANKS: return False
    n="".join(str(int(c,36)) for c in s[4:]+s[:4])
    return int(n)%97==1
def id_ok(s):
    s=s.replace(" ","").upper()
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]",s))
def vat_ok(s):
    s=s.replace(" ","").replace(".","").upper()
    m=re.fullmatch(r"NL(\d{9})B(\d{2})",s)
    if not m: return False
    d=m.group(1)
    if bsn_ok(d): return True
    n="".join(str(int(c,36)) for c in "NL"+d+"B"+m.group(2))
    return int(n)%97==1
errors=[];cnt=Counter();dcnt=Counter();ndocs=0;langs=Counter()
seen=set()
for ln,line in enumerate(open(os.path.join(HERE,"labels.jsonl"),encoding="utf-8"),1):
    o=json.loads(line);ndocs+=1;langs[o["lang"]]+=1
    doc=o["doc"];seen.add(doc)
    p=os.path.join(HERE,"docs",doc)
    if not os.path.exists(p): errors.append(f"{doc}: missing file");continue
    text=open(p,encoding="utf-8").read()
    for kind in ("entities","decoys"):
        for lab in o[kind]:
            e,t=lab["entity"],lab["text"]
            if e not in ENTS: errors.append(f"{doc}: unknown entity {e}")
            if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if kind=="entities":
                cnt[e]+=1
                ok=True
                if e=="NL_BSN": ok=bsn_ok(t)
                elif e=="IBAN_CODE": ok=iban_ok(t)
                elif e=="NL_ID_DOCUMENT": ok=id_ok(t)
                elif e=="NL_DRIVERS_LICENSE": ok=len(digits(t))==10
                elif e=="NL_KVK": ok=len(digits(t))==8
                elif e=="NL_VAT": ok=vat_ok(t)
                elif e=="EMAIL_ADDRESS": ok="@" in t
                if not ok: errors.append(f"{doc}: invalid {e}: {t!r}")
            else:
                dcnt[e]+=1
                if e=="NL_BSN" and not any(bsn_ok(m) for m in re.findall(r"(?=(\d{9}))",digits(t))):
                    errors.append(f"{doc}: NL_BSN decoy is not 11-check-valid: {t!r}")
        ents={(l["entity"],l["text"]) for l in o["entities"]}
        for l in o["decoys"]:
            if (l["entity"],l["text"]) in ents: errors.append(f"{doc}: same text entity and decoy: {l['text']!r}")
files=set(os.listdir(os.path.join(HERE,"docs")))
for f in sorted(files-seen): errors.append(f"{f}: no labels line")
print(f"documents: {ndocs}  languages: {dict(langs)}")
print("entities:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:  ", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
for e in errors: print("ERROR", e)
if errors: sys.exit(1)
print("OK")
