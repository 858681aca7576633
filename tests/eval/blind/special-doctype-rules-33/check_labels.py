#!/usr/bin/env python3
"""Author's own check of the labels of blind set special-doctype-rules-33 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
ENTITIES = {'NL_BSN', 'IBAN_CODE', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'DATE_OF_BIRTH',
            'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_VAT', 'NL_KVK', 'PERSON',
            'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS',
            'SPECIAL_TRADE_UNION', 'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL',
            'SPECIAL_BIOMETRIC'}
SPECIAL = {e for e in ENTITIES if e.startswith('SPECIAL_')}
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract',
             'medical', 'vog', 'camera_footage', 'other'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis',
         'iban-on-cv', 'id-document-on-cv'}
# 11-check-valid numbers that are deliberately NOT BSNs (documented in README)
BSN_DECOYS = {'060-helpdesk-ticket-export-en.txt': {'407700596', '407700663'}}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r'\d{9}', s):
        return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'NL\d{2}[A-Z]{4}\d{10}', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
names = [r['doc'] for r in rows]
for f in files:
    if names.count(f) != 1:
        errors.append(f'{f}: {names.count(f)} label rows')
for n in names:
    if n not in files:
        errors.append(f'{n}: label row without document')
    if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', n):
        errors.append(f'{n}: bad file name')

ent_count = Counter(); lang = Counter(); dtype = Counter(); rule_count = Counter()
special_count = Counter(); hn = 0; diag = 0
for r in rows:
    d = r['doc']
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding='utf-8').read()
    for k in ('doc', 'lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules', 'evidence'):
        if k not in r:
            errors.append(f'{d}: missing key {k}')
    if r['lang'] not in ('nl', 'en'):
        errors.append(f'{d}: lang {r["lang"]}')
    if r['doc_type'] not in DOC_TYPES:
        errors.append(f'{d}: doc_type {r["doc_type"]}')
    for s in r['special']:
        if s not in SPECIAL:
            errors.append(f'{d}: special {s}')
    for x in r['rules']:
        if x not in RULES:
            errors.append(f'{d}: rule {x}')
    ev_special = set()
    for e in r['evidence']:
        ent, t = e['entity'], e['text']
        ent_count[ent] += 1
        if ent not in ENTITIES:
            errors.append(f'{d}: entity {ent}')
        if '\n' in t or '\r' in t:
            errors.append(f'{d}: label spans a line break: {t!r}')
        if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
            errors.append(f'{d}: label text not found as whole word: {t!r}')
        if ent == 'NL_BSN' and not bsn_ok(t):
            errors.append(f'{d}: BSN fails 11-check: {t}')
        if ent == 'IBAN_CODE' and not iban_ok(t):
            errors.append(f'{d}: IBAN fails mod-97: {t}')
        if ent == 'NL_ID_DOCUMENT' and not id_ok(t):
            errors.append(f'{d}: ID number shape: {t}')
        if ent in SPECIAL:
            ev_special.add(ent)
    # consistency between fields
    if ev_special != set(r['special']):
        errors.append(f'{d}: special {r["special"]} vs evidence {sorted(ev_special)}')
    if bool(r['special']) != ('special-category' in r['rules']):
        errors.append(f'{d}: special vs special-category rule mismatch')
    if r['diagnosis'] != ('sickness-diagnosis' in r['rules']):
        errors.append(f'{d}: diagnosis vs sickness-diagnosis mismatch')
    if r['diagnosis'] and 'SPECIAL_HEALTH' not in r['special']:
        errors.append(f'{d}: diagnosis without SPECIAL_HEALTH')
    if r['hard_negative'] and r['special']:
        errors.append(f'{d}: hard negative with special data stated')
    has_bsn = any(e['entity'] == 'NL_BSN' for e in r['evidence'])
    cvlike = r['doc_type'] in ('cv', 'motivation_letter')
    if has_bsn and cvlike and 'bsn-on-cv' not in r['rules']:
        errors.append(f'{d}: BSN on CV/letter without bsn-on-cv')
    if 'bsn-on-cv' in r['rules'] and not (has_bsn and cvlike):
        errors.append(f'{d}: bsn-on-cv without BSN on CV/letter')
    if 'bsn-outside-hr' in r['rules'] and not has_bsn:
        errors.append(f'{d}: bsn-outside-hr without BSN')
    has_iban = any(e['entity'] == 'IBAN_CODE' for e in r['evidence'])
    if (has_iban and cvlike) != ('iban-on-cv' in r['rules']):
        errors.append(f'{d}: iban-on-cv mismatch')
    has_id = any(e['entity'] == 'NL_ID_DOCUMENT' for e in r['evidence'])
    if (has_id and r['doc_type'] == 'cv') != ('id-document-on-cv' in r['rules']):
        errors.append(f'{d}: id-document-on-cv mismatch')
    # every 11-check-valid 9-digit number and every NL IBAN in the text must be labelled
    labelled = {e['text'] for e in r['evidence']}
    for m in re.findall(r'(?<![\w-])\d{9}(?![\w-])', text):
        if bsn_ok(m) and m not in labelled and m not in BSN_DECOYS.get(d, set()):
            errors.append(f'{d}: unlabelled 11-check-valid number {m}')
    for d2, decoys in BSN_DECOYS.items():
        if d2 == d:
            for m in decoys:
                if not bsn_ok(m) or m not in text:
                    errors.append(f'{d}: decoy {m} not a valid 11-check number in text')
    for m in re.findall(r'(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)', text):
        if m not in labelled:
            errors.append(f'{d}: unlabelled IBAN {m}')
    lang[r['lang']] += 1; dtype[r['doc_type']] += 1
    for x in r['rules']: rule_count[x] += 1
    for s in r['special']: special_count[s] += 1
    hn += r['hard_negative']; diag += r['diagnosis']

n = len(rows)
print(f'documents: {n}  by language: {dict(lang)}')
print(f'doc_type: {dict(sorted(dtype.items()))}')
print(f'hard_negative: {hn} ({100*hn/max(n,1):.0f}%)  diagnosis: {diag}')
print(f'special: {dict(sorted(special_count.items()))}')
print(f'rules: {dict(sorted(rule_count.items()))}')
print(f'evidence labels: {sum(ent_count.values())} {dict(sorted(ent_count.items()))}')
if errors:
    print('\n'.join('ERROR ' + e for e in errors))
    sys.exit(1)
print('OK')
