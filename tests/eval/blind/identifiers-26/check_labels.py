#!/usr/bin/env python3
"""Author's own check of identifiers-26 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {'NL_BSN','IBAN_CODE','EMAIL_ADDRESS','PHONE_NUMBER','DATE_OF_BIRTH','NL_ID_DOCUMENT',
        'NL_DRIVERS_LICENSE','NL_VAT','NL_KVK','PERSON','SPECIAL_HEALTH','SPECIAL_RELIGION',
        'SPECIAL_ETHNICITY','SPECIAL_POLITICS','SPECIAL_TRADE_UNION','SPECIAL_SEXUAL_ORIENTATION',
        'SPECIAL_CRIMINAL','SPECIAL_BIOMETRIC'}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r'\d{9}', s): return False
    d = [int(c) for c in s]
    return (sum(d[i]*(9-i) for i in range(8)) - d[8]) % 11 == 0
def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    if s.startswith('NL') and not re.fullmatch(r'NL\d{2}[A-Z]{4}\d{10}', s): return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, 'docs')))
labelled = [r['doc'] for r in rows]
if sorted(labelled) != docs: errors.append('docs without label row / rows without doc: %s' % (set(docs) ^ set(labelled)))
if len(set(labelled)) != len(labelled): errors.append('duplicate label rows')
ent_count = collections.Counter(); dec_count = collections.Counter(); langs = collections.Counter()
for r in rows:
    langs[r['lang']] += 1
    if r['lang'] not in ('nl', 'en'): errors.append('%s: bad lang' % r['doc'])
    path = os.path.join(HERE, 'docs', r['doc'])
    if not os.path.exists(path): continue
    text = open(path, encoding='utf-8').read()
    seen = set()
    for kind, lst, cnt in (('entity', r['entities'], ent_count), ('decoy', r['decoys'], dec_count)):
        for lab in lst:
            e, t = lab['entity'], lab['text']
            cnt[e] += 1
            if (kind, e, t) in seen: errors.append('%s: duplicate %s %s %r' % (r['doc'], kind, e, t))
            seen.add((kind, e, t))
            if e not in SPEC: errors.append('%s: unknown entity %s' % (r['doc'], e))
            if '\n' in t: errors.append('%s: label spans line break %r' % (r['doc'], t))
            if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
                errors.append('%s: %s %s %r not found as whole word' % (r['doc'], kind, e, t))
            if e == 'NL_BSN' and not bsn_ok(t): errors.append('%s: %s BSN %r fails 11-check' % (r['doc'], kind, t))
            if e == 'IBAN_CODE' and kind == 'entity' and not iban_ok(t): errors.append('%s: IBAN %r fails mod-97' % (r['doc'], t))
            if e == 'NL_ID_DOCUMENT' and kind == 'entity' and not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', t):
                errors.append('%s: ID %r not in NL shape' % (r['doc'], t))
    ents = {(l['entity'], l['text']) for l in r['entities']}
    for l in r['decoys']:
        if (l['entity'], l['text']) in ents: errors.append('%s: %r both entity and decoy' % (r['doc'], l['text']))
print('documents:', len(rows), dict(langs))
print('entities:', dict(sorted(ent_count.items())), 'total', sum(ent_count.values()))
print('decoys:', dict(sorted(dec_count.items())), 'total', sum(dec_count.values()))
for e in errors: print('ERROR', e)
if errors: sys.exit(1)
print('OK')
