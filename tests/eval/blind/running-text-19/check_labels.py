import json, os, re, sys
from collections import Counter
NAMES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}
def bsn_ok(s):
    d=[int(c) for c in s.zfill(9)]
    return len(d)==9 and (sum(d[i]*(9-i) for i in range(8))-d[8])%11==0
def iban_ok(s):
    s=s.replace(" ","").upper(); r=s[4:]+s[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
here=os.path.dirname(os.path.abspath(__file__)); err=[]; cnt=Counter(); langs=Counter(); seen=set()
for line in open(os.path.join(here,"labels.jsonl"),encoding="utf-8"):
    if not line.strip(): continue
    row=json.loads(line); seen.add(row["doc"]); langs[row["lang"]]+=1
    text=open(os.path.join(here,"docs",row["doc"]),encoding="utf-8").read()
    for kind in ("entities","decoys"):
        for l in row[kind]:
            t=l["text"]; e=l["entity"]
            if e not in NAMES: err.append((row["doc"],"bad entity",e))
            if "\n" in t: err.append((row["doc"],"newline",t))
            if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",text): err.append((row["doc"],"not found",t))
            if e=="NL_BSN" and not bsn_ok(t): err.append((row["doc"],"bsn 11-check",t))
            if e=="IBAN_CODE" and not iban_ok(t): err.append((row["doc"],"iban mod97",t))
            cnt[(kind,e)]+=1
for f in os.listdir(os.path.join(here,"docs")):
    if f not in seen: err.append((f,"no label row"))
for k,v in sorted(cnt.items()): print(k,v)
print(dict(langs))
if err:
    for e in err: print("ERR",e)
    sys.exit(1)
print("OK")
