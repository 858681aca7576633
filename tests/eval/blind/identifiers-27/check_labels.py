#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set identifiers-27 (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
SPEC_ENTITIES = {'NL_BSN', 'IBAN_CODE', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'DATE_OF_BIRTH',
                 'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_VAT', 'NL_KVK', 'PERSON',
                 'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS',
                 'SPECIAL_TRADE_UNION', 'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL',
                 'SPECIAL_BIOMETRIC'}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r'\d{9}', s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    if s.startswith('NL') and not re.fullmatch(r'NL\d{2}[A-Z]{4}\d{10}', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_docnr_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
seen = Counter(r['doc'] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f'{d}: {seen[d]} label rows')
for d in seen:
    if d not in docs:
        errors.append(f'label row for missing document {d}')

ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
for r in rows:
    lang_count[r['lang']] += 1
    if r['lang'] not in ('nl', 'en'):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    path = os.path.join(DOCS, r['doc'])
    if not os.path.exists(path):
        continue
    text = open(path, encoding='utf-8').read()
    for kind in ('entities', 'decoys'):
        pairs = set()
        for lab in r.get(kind, []):
            e, t = lab['entity'], lab['text']
            if (e, t) in pairs:
                errors.append(f'{r["doc"]}: duplicate {kind} {e} {t!r}')
            pairs.add((e, t))
            (ent_count if kind == 'entities' else dec_count)[e] += 1
            if e not in SPEC_ENTITIES:
                errors.append(f'{r["doc"]}: unknown entity {e}')
            if '\n' in t or '\r' in t:
                errors.append(f'{r["doc"]}: label spans a line break {t!r}')
            if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
                errors.append(f'{r["doc"]}: {kind} {e} {t!r} not found as whole word')
            if e == 'NL_BSN' and not bsn_ok(t):
                errors.append(f'{r["doc"]}: {kind} BSN {t} fails 11-check')
            if e == 'IBAN_CODE' and kind == 'entities' and not iban_ok(t):
                errors.append(f'{r["doc"]}: IBAN {t} fails mod-97')
            if e == 'NL_ID_DOCUMENT' and kind == 'entities' and not nl_docnr_ok(t):
                errors.append(f'{r["doc"]}: NL document number {t} has wrong shape')
            if e == 'NL_DRIVERS_LICENSE' and kind == 'entities' and not re.fullmatch(r'\d{10}', t):
                errors.append(f'{r["doc"]}: driving licence {t} is not 10 digits')
    # a text must not be both an entity and a decoy of the same type
    ents = {(l['entity'], l['text']) for l in r['entities']}
    for l in r['decoys']:
        if (l['entity'], l['text']) in ents:
            errors.append(f'{r["doc"]}: {l["text"]!r} both entity and decoy')

print('documents:', len(docs), dict(lang_count))
print('entities:', sum(ent_count.values()), dict(sorted(ent_count.items())))
print('decoys:  ', sum(dec_count.values()), dict(sorted(dec_count.items())))
if errors:
    print('\n'.join(errors))
    print('FAIL', len(errors))
    sys.exit(1)
print('OK')
