import json, os, re, collections
ENT={"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE","NL_ID_DOCUMENT","NL_DRIVERS_LICENSE"}
def bsn_ok(s):
    return len(s)==9 and s.isdigit() and (sum(int(c)*w for c,w in zip(s,[9,8,7,6,5,4,3,2,-1]))%11==0)
def iban_ok(s):
    s=s.replace(" ",""); r=s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r))%97==1
here=os.path.dirname(os.path.abspath(__file__)); cnt=collections.Counter(); seen=set()
for line in open(os.path.join(here,"labels.jsonl"),encoding="utf-8"):
    row=json.loads(line); seen.add(row["doc"])
    text=open(os.path.join(here,"docs",row["doc"]),encoding="utf-8").read()
    for kind in ("entities","decoys"):
        for l in row[kind]:
            t=l["text"]; e=l["entity"]
            assert e in ENT,(row["doc"],e)
            assert "\n" not in t
            assert re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",text),(row["doc"],t)
            if e=="NL_BSN": assert bsn_ok(t),t
            if e=="IBAN_CODE" and kind=="entities": assert iban_ok(t),t
            cnt[(kind,e)]+=1
assert seen==set(os.listdir(os.path.join(here,"docs")))
for k,v in sorted(cnt.items()): print(k,v)
print("OK")
