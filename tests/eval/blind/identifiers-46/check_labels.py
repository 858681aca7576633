import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
       "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK"}
def bsn_ok(s):
    s = s.replace(' ', '').replace('.', '')
    if not re.fullmatch(r'\d{8,9}', s): return False
    s = s.zfill(9)
    t = sum(int(c)*w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); dcnt = Counter(); langs = Counter()
docs = set(os.listdir(os.path.join(HERE, 'docs')))
seen = set()
for n, line in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    row = json.loads(line)
    d = row['doc']; seen.add(d); langs[row['lang']] += 1
    if d not in docs: errs.append(f'{d}: no such document'); continue
    if row['lang'] not in ('nl', 'en'): errs.append(f'{d}: lang')
    text = open(os.path.join(HERE, 'docs', d), encoding='utf-8').read()
    for kind in ('entities', 'decoys'):
        for lab in row[kind]:
            e, t = lab['entity'], lab['text']
            if e not in ENT: errs.append(f'{d}: bad entity {e}')
            if '\n' in t: errs.append(f'{d}: label spans line break {t!r}')
            if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
                errs.append(f'{d}: {kind} text not found as whole word: {t!r}')
            if e == 'NL_BSN' and not bsn_ok(t): errs.append(f'{d}: {kind} BSN fails 11-check {t}')
            if e == 'IBAN_CODE' and kind == 'entities' and not iban_ok(t): errs.append(f'{d}: IBAN mod-97 {t}')
            (cnt if kind == 'entities' else dcnt)[e] += 1
for d in sorted(docs - seen): errs.append(f'{d}: no label row')
print('documents:', len(docs), dict(langs))
print('entities:', dict(sorted(cnt.items())), 'total', sum(cnt.values()))
print('decoys:', dict(sorted(dcnt.items())), 'total', sum(dcnt.values()))
if errs:
    print('\n'.join(errs)); print('FAIL'); sys.exit(1)
print('OK')
