import json, os, re, sys
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    s=s.zfill(9); return s.isdigit() and len(s)==9 and (sum(int(s[i])*(9-i) for i in range(8))-int(s[8]))%11==0
def iban_ok(s):
    s=s.replace(" ","").upper(); r=s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r))%97==1
here=os.path.dirname(os.path.abspath(__file__)); err=[]; counts={}; rows=set()
for line in open(os.path.join(here,"labels.jsonl"),encoding="utf-8"):
    if not line.strip(): continue
    r=json.loads(line); rows.add(r["doc"]); assert r["lang"] in ("nl","en")
    text=open(os.path.join(here,"docs",r["doc"]),encoding="utf-8").read()
    for kind in ("entities","decoys"):
        for l in r[kind]:
            t=l["text"]; e=l["entity"]
            if e not in ENT: err.append(f"{r['doc']}: bad entity {e}")
            if "\n" in t: err.append(f"{r['doc']}: line break in {t!r}")
            if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",text): err.append(f"{r['doc']}: not found {t!r}")
            if e=="NL_BSN" and not bsn_ok(t): err.append(f"{r['doc']}: BSN fails 11-check {t}")
            if e=="IBAN_CODE" and not iban_ok(t): err.append(f"{r['doc']}: IBAN fails mod-97 {t}")
            counts[(kind,e)]=counts.get((kind,e),0)+1
for f in sorted(os.listdir(os.path.join(here,"docs"))):
    if f not in rows: err.append(f"no label row for {f}")
for k in sorted(counts): print(k[0],k[1],counts[k])
print("docs",len(rows))
if err: print("\n".join(err)); sys.exit(1)
print("OK")
