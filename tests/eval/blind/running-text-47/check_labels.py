import json,os,re,sys
here=os.path.dirname(os.path.abspath(__file__))
ENT={'PERSON','EMAIL_ADDRESS','PHONE_NUMBER','DATE_OF_BIRTH','NL_BSN','IBAN_CODE'}
def bsn_ok(s):
    d=re.sub(r'\D','',s)
    if len(d)==8: d='0'+d
    if len(d)!=9: return False
    return (sum(int(d[i])*(9-i) for i in range(8))-int(d[8]))%11==0
def iban_ok(s):
    s=s.replace(' ','').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+',s): return False
    if s.startswith('NL') and not re.fullmatch(r'NL\d{2}[A-Z]{4}\d{10}',s): return False
    r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
err=[];cnt={};rows=0;seen=set()
for line in open(os.path.join(here,'labels.jsonl'),encoding='utf-8'):
    if not line.strip(): continue
    o=json.loads(line);rows+=1
    doc=o['doc'];seen.add(doc)
    if o.get('lang') not in ('nl','en'): err.append(f'{doc}: lang')
    p=os.path.join(here,'docs',doc)
    if not os.path.exists(p): err.append(f'{doc}: missing file');continue
    txt=open(p,encoding='utf-8').read()
    for kind in ('entities','decoys'):
        for l in o[kind]:
            e,t=l['entity'],l['text']
            if e not in ENT: err.append(f'{doc}: entity {e}')
            if '\n' in t or not t.strip(): err.append(f'{doc}: bad text {t!r}')
            if not re.search(r'(?<!\w)'+re.escape(t)+r'(?!\w)',txt): err.append(f'{doc}: not found {t!r}')
            if e=='NL_BSN' and not bsn_ok(t): err.append(f'{doc}: BSN fails 11-check {t}')
            if e=='IBAN_CODE' and not iban_ok(t): err.append(f'{doc}: IBAN fails {t}')
            cnt[(kind,e)]=cnt.get((kind,e),0)+1
docs=sorted(f for f in os.listdir(os.path.join(here,'docs')) if f.endswith('.txt'))
for d in docs:
    if d not in seen: err.append(f'{d}: no label row')
print('documents',len(docs),'label rows',rows)
for k in sorted(cnt): print(k[0],k[1],cnt[k])
if err:
    print('\n'.join(err));print('FAIL');sys.exit(1)
print('OK')
