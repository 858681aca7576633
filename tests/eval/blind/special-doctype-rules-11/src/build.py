# Turns the hand-written notes in src/b*.py into docs/ and labels.jsonl.
# Markers in a hand-written text are replaced by freshly computed valid numbers:
#  <<BSN>> plain 9 digits, <<BSN.>> dotted 1234.56.789, <<BSN_>> spaced 123 456 789
#  <<IBAN>> NL spaced, <<IBANc>> NL compact, <<IBAN:DE>> etc. foreign, <<ID>> NL passport/ID number
import random, re, json, glob, importlib.util, os
random.seed(1111)
BANKS=['ABNA','INGB','RABO','SNSB','TRIO','ASNB','KNAB','BUNQ','RBRB']
used=set()
def bsn():
    while True:
        d=[random.randint(0,9) for _ in range(8)]
        if d[0]==0: d[0]=random.randint(1,9)
        s=sum(x*w for x,w in zip(d,range(9,1,-1)))
        last=s%11
        if last>9: continue
        n=''.join(map(str,d))+str(last)
        if n not in used: used.add(n); return n
def ibancheck(cc,bban):
    t=bban+cc+'00'
    num=''.join(str(int(c,36)) for c in t)
    return '%02d'%(98-int(num)%97)
def iban(cc='NL'):
    if cc=='NL': bban=random.choice(BANKS)+''.join(random.choice('0123456789') for _ in range(10))
    elif cc=='DE': bban=''.join(random.choice('0123456789') for _ in range(18))
    elif cc=='GB': bban='NWBK'+''.join(random.choice('0123456789') for _ in range(14))
    elif cc=='PL': bban=''.join(random.choice('0123456789') for _ in range(24))
    elif cc=='AT': bban=''.join(random.choice('0123456789') for _ in range(16))
    return cc+ibancheck(cc,bban)+bban
def spaced(s): return ' '.join(s[i:i+4] for i in range(0,len(s),4))
def idnr():
    L='ABCDEFGHIJKLMNPQRSTUVWXYZ'
    return random.choice(L)+random.choice(L)+''.join(random.choice(L+'0123456789') for _ in range(6))+random.choice('0123456789')
def sub(text,ev):
    def r(m):
        k=m.group(1)
        if k.startswith('BSN'):
            n=bsn(); v={'BSN':n,'BSN.':n[:4]+'.'+n[4:6]+'.'+n[6:],'BSN_':n[:3]+' '+n[3:6]+' '+n[6:]}[k]; e='NL_BSN'
        elif k=='IBAN': v=spaced(iban()); e='IBAN_CODE'
        elif k=='IBANc': v=iban(); e='IBAN_CODE'
        elif k.startswith('IBAN:'): v=spaced(iban(k[5:])); e='IBAN_CODE'
        elif k=='ID': v=idnr(); e='NL_ID_DOCUMENT'
        else: raise SystemExit('bad marker '+k)
        ev.append({'entity':e,'text':v}); return v
    return re.sub(r'<<([A-Za-z_.:]+)>>',r,text)
CVLIKE={'cv','motivation_letter'}
HR={'id_copy','payslip','employment_contract','medical','vog'}
def rules(dt,special,diag,ev):
    ents={e['entity'] for e in ev}; r=[]
    if 'NL_BSN' in ents and dt in CVLIKE: r.append('bsn-on-cv')
    if 'NL_BSN' in ents and dt not in HR: r.append('bsn-outside-hr')
    if special: r.append('special-category')
    if diag and dt in HR: r.append('sickness-diagnosis')
    if 'IBAN_CODE' in ents and dt in CVLIKE: r.append('iban-on-cv')
    if 'NL_ID_DOCUMENT' in ents and dt=='cv': r.append('id-document-on-cv')
    return r
out=[]; n=0
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__),'b[0-9][0-9].py'))):
    spec=importlib.util.spec_from_file_location('m',f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for d in m.D:
        slug,lang,dt,spec_ev,hn,diag,text=d
        n+=1; name='%03d-%s.txt'%(n,slug)
        ev=[]; text=sub(text.strip('\n')+'\n',ev)
        for ent,phrase in spec_ev: ev.append({'entity':ent,'text':phrase})
        special=sorted({e['entity'] for e in ev if e['entity'].startswith('SPECIAL_')})
        open(os.path.join(os.path.dirname(__file__),'..','docs',name),'w',encoding='utf-8').write(text)
        out.append({'doc':name,'lang':lang,'doc_type':dt,'special':special,'hard_negative':bool(hn),'diagnosis':bool(diag),'rules':rules(dt,special,diag,ev),'evidence':ev})
with open(os.path.join(os.path.dirname(__file__),'..','labels.jsonl'),'w',encoding='utf-8') as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+'\n')
print(n,'docs')
