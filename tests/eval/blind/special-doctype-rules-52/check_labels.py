import json, os, re, sys
from collections import Counter
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s): return len(s)==9 and s.isdigit() and (sum(int(s[i])*(9-i) for i in range(8))-int(s[8]))%11==0
def iban_ok(s):
    t=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in t))%97==1
err=[]; docs=sorted(os.listdir("docs")); rows=[json.loads(l) for l in open("labels.jsonl",encoding="utf-8") if l.strip()]
seen=set(); ent=Counter(); typ=Counter(); lang=Counter(); rc=Counter(); hn=0
for r in rows:
    d=r["doc"]; seen.add(d)
    if d not in docs: err.append(f"{d}: no file"); continue
    txt=open("docs/"+d,encoding="utf-8").read()
    if r["doc_type"] not in TYPES: err.append(f"{d}: type")
    for ru in r["rules"]:
        if ru not in RULES: err.append(f"{d}: rule {ru}")
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): err.append(f"{d}: special {s}")
    for e in r.get("evidence",[])+r.get("entities",[])+r.get("decoys",[]):
        t=e["text"]
        if e["entity"] not in ENT: err.append(f"{d}: entity {e['entity']}")
        if "\n" in t: err.append(f"{d}: linebreak {t}")
        if not re.search(r"(?<!\w)"+re.escape(t)+r"(?!\w)",txt): err.append(f"{d}: not found {t}")
        if e["entity"]=="NL_BSN" and not bsn_ok(t): err.append(f"{d}: bsn {t}")
        if e["entity"]=="IBAN_CODE" and not iban_ok(t): err.append(f"{d}: iban {t}")
        ent[e["entity"]]+=1
    for s in r["special"]:
        if not any(e["entity"]==s for e in r["evidence"]): err.append(f"{d}: no evidence for {s}")
    typ[r["doc_type"]]+=1; lang[r["lang"]]+=1; hn+=r["hard_negative"]
    for ru in r["rules"]: rc[ru]+=1
for d in docs:
    if d not in seen: err.append(f"{d}: no label row")
print("docs",len(docs),"lang",dict(lang)); print("types",dict(typ)); print("entities",dict(ent))
print("rules",dict(rc)); print("hard negatives",hn)
if err: print("\n".join(err)); sys.exit(1)
print("OK")
