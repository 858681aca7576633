import json,collections
L=[json.loads(l) for l in open('labels.jsonl')]
c=collections.Counter()
for o in L:
    c['lang_'+o['lang']]+=1; c['dt_'+o['doc_type']]+=1
    for s in o['special']: c[s]+=1
    for r in o['rules']: c['r_'+r]+=1
    c['hn']+=o['hard_negative']; c['diag']+=o['diagnosis']
    if o['doc_type']=='medical' and not o['diagnosis']: c['medical_nocause']+=1
    if any(e['entity']=='NL_BSN' for e in o['evidence']) and o['doc_type'] in ('id_copy','payslip','employment_contract','medical','vog'): c['bsn_in_hr']+=1
for k in sorted(c): print(k,c[k])
