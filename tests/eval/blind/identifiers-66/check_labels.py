#!/usr/bin/env python3
"""Own check of identifiers-66 labels. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def elf(s):
    d=[int(c) for c in s]
    return len(d)==9 and (sum(d[i]*(9-i) for i in range(8))-d[8])%11==0
def mod97(s):
    s=s.replace(' ','').upper()
    r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
errs=[]; ce=Counter(); cd=Counter(); rows={}
for n,line in enumerate(open(os.path.join(HERE,'labels.jsonl'),encoding='utf-8'),1):
    o=json.loads(line); rows[o['doc']]=o
    if o.get('lang') not in ('nl','en'): errs.append(f"{o['doc']}: bad lang")
    p=os.path.join(HERE,'docs',o['doc'])
    if not os.path.exists(p): errs.append(f"{o['doc']}: missing doc"); continue
    t=open(p,encoding='utf-8').read()
    for kind,lst,c in (('entity',o['entities'],ce),('decoy',o['decoys'],cd)):
        for l in lst:
            e,x=l['entity'],l['text']
            if e not in ENT: errs.append(f"{o['doc']}: bad entity {e}")
            if '\n' in x: errs.append(f"{o['doc']}: line break in {x!r}")
            if not re.search(r'(?<!\w)'+re.escape(x)+r'(?!\w)',t): errs.append(f"{o['doc']}: {kind} {x!r} not found as whole word")
            if e=='NL_BSN':
                dg=re.sub(r'\D','',x)
                if len(dg)==8: dg='0'+dg
                if re.fullmatch(r'[\d .]+',x) and len(dg)==9 and not elf(dg): errs.append(f"{o['doc']}: {kind} BSN {x!r} fails 11-check")
            if e=='IBAN_CODE' and not mod97(x): errs.append(f"{o['doc']}: IBAN {x!r} fails mod-97")
            c[e]+=1
docs=sorted(os.listdir(os.path.join(HERE,'docs')))
for d in docs:
    if d not in rows: errs.append(f"{d}: no label row")
langs=Counter(r['lang'] for r in rows.values())
print("documents:",len(docs),dict(langs))
print("entities:",dict(ce)); print("decoys:",dict(cd))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
