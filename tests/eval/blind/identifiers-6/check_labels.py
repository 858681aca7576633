#!/usr/bin/env python3
"""Author's own check of identifiers-6 labels. Plain python3, stdlib only. Exit 1 on error."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {'PERSON','NL_BSN','DATE_OF_BIRTH','PHONE_NUMBER','EMAIL_ADDRESS','IBAN_CODE','NL_ID_DOCUMENT',
        'NL_DRIVERS_LICENSE','NL_KVK','NL_VAT'}
def bsn_ok(text):
    m = re.match(r'\d[\d .\-]*\d', text)
    if not m: return False
    d = re.sub(r'\D', '', m.group(0))
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0
def iban_ok(text):
    t = re.sub(r'[\s.\-]', '', text).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', t): return False
    r = t[4:] + t[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
def vat_ok(text):
    t = re.sub(r'[\s.]', '', text).upper()
    m = re.fullmatch(r'NL(\d{9})B\d{2}', t)
    return bool(m) and bsn_ok(m.group(1))
errors = []; cnt = Counter(); dcnt = Counter(); langs = Counter(); docs_seen = set()
for n, line in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    if not line.strip(): continue
    o = json.loads(line)
    if set(o) != {'doc', 'lang', 'entities', 'decoys'}: errors.append(f'line {n}: keys {sorted(o)}')
    if o.get('lang') not in ('nl', 'en'): errors.append(f'line {n}: lang')
    doc = o['doc']; docs_seen.add(doc); langs[o['lang']] += 1
    p = os.path.join(HERE, 'docs', doc)
    if not os.path.exists(p): errors.append(f'{doc}: missing file'); continue
    text = open(p, encoding='utf-8').read()
    def occurs(t): return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text) is not None
    seen = set()
    for e in o['entities']:
        if set(e) != {'entity', 'text'}: errors.append(f'{doc}: entity keys {e}')
        if e['entity'] not in ENTS: errors.append(f'{doc}: unknown entity {e}')
        if (e['entity'], e['text']) in seen: errors.append(f'{doc}: duplicate {e}')
        seen.add((e['entity'], e['text']))
        if e['text'] != e['text'].strip() or not e['text']: errors.append(f'{doc}: whitespace {e}')
        if not occurs(e['text']): errors.append(f'{doc}: not found {e}')
        if e['entity'] == 'NL_BSN' and not bsn_ok(e['text']): errors.append(f'{doc}: BSN fails 11-check {e}')
        if e['entity'] == 'IBAN_CODE' and not iban_ok(e['text']): errors.append(f'{doc}: IBAN fails mod-97 {e}')
        if e['entity'] == 'NL_VAT' and not vat_ok(e['text']): errors.append(f'{doc}: VAT check {e}')
        if e['entity'] == 'NL_DRIVERS_LICENSE' and not re.fullmatch(r'\d{10}', e['text']): errors.append(f'{doc}: licence {e}')
        if e['entity'] == 'NL_ID_DOCUMENT' and not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', e['text']): errors.append(f'{doc}: id doc format {e}')
        if e['entity'] == 'NL_KVK' and not re.fullmatch(r'\d{8}', e['text']): errors.append(f'{doc}: kvk {e}')
        if e['entity'] == 'EMAIL_ADDRESS' and not re.fullmatch(r'[^@\s<>]+@[A-Za-z0-9.-]+\.[a-z]{2,}', e['text']): errors.append(f'{doc}: email {e}')
        cnt[e['entity']] += 1
    for d in o['decoys']:
        if set(d) != {'entity', 'text', 'why'} or not d['why']: errors.append(f'{doc}: decoy keys {d}')
        if d['entity'] not in ENTS: errors.append(f'{doc}: unknown decoy entity {d}')
        if not occurs(d['text']): errors.append(f'{doc}: decoy not found {d}')
        if (d['entity'], d['text']) in seen: errors.append(f'{doc}: decoy equals a label {d}')
        if d['entity'] == 'NL_BSN' and not bsn_ok(d['text']): errors.append(f'{doc}: BSN decoy fails 11-check {d}')
        dcnt[d['entity']] += 1
files = set(f for f in os.listdir(os.path.join(HERE, 'docs')) if f.endswith('.txt'))
if files != docs_seen: errors.append(f'docs without labels / labels without docs: {sorted(files ^ docs_seen)}')
print(f'documents: {len(docs_seen)}  ({dict(langs)})')
print('labels :', dict(sorted(cnt.items())), 'total', sum(cnt.values()))
print('decoys :', dict(sorted(dcnt.items())), 'total', sum(dcnt.values()))
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
