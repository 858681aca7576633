import json, os, re, sys
from collections import Counter
ENT={"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE","NL_ID_DOCUMENT"}
def bsn_ok(s):
    d=[int(c) for c in s.zfill(9)]
    return len(d)==9 and (sum(x*w for x,w in zip(d[:8],range(9,1,-1)))-d[8])%11==0
def iban_ok(s):
    s=s.replace(' ','').upper(); s=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in s))%97==1
here=os.path.dirname(os.path.abspath(__file__))
docs=sorted(os.listdir(os.path.join(here,'docs')))
rows=[json.loads(l) for l in open(os.path.join(here,'labels.jsonl'),encoding='utf-8') if l.strip()]
errs=[]; ce=Counter(); cd=Counter(); langs=Counter()
seen={r['doc'] for r in rows}
for d in docs:
    if d not in seen: errs.append('no label row: '+d)
for r in rows:
    langs[r['lang']]+=1
    t=open(os.path.join(here,'docs',r['doc']),encoding='utf-8').read()
    for kind in ('entities','decoys'):
        for l in r[kind]:
            x=l['text']
            if l['entity'] not in ENT: errs.append(f"{r['doc']}: bad entity {l['entity']}")
            if '\n' in x: errs.append(f"{r['doc']}: line break in {x!r}")
            if not re.search(r'(?<!\w)'+re.escape(x)+r'(?!\w)',t): errs.append(f"{r['doc']}: not found {x!r}")
            if l['entity']=='NL_BSN' and not bsn_ok(re.sub(r'\D','',x)): errs.append(f"{r['doc']}: bsn check {x}")
            if l['entity']=='IBAN_CODE' and kind=='entities' and not iban_ok(x): errs.append(f"{r['doc']}: iban {x}")
            (ce if kind=='entities' else cd)[l['entity']]+=1
print('docs',len(docs),'rows',len(rows),dict(langs))
print('entities',dict(ce)); print('decoys',dict(cd))
for e in errs: print('ERROR',e)
if errs: sys.exit(1)
print('OK')
