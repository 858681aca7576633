#!/usr/bin/env python3
"""Author's own check of special-doctype-rules-5 (plain python3, stdlib only).

Checks: one label line per document and vice versa; field values from the SPEC; every
identifier listed in evidence.jsonl occurs in its document by the README match rule
((?<!\\w)text(?!\\w), case-sensitive); BSNs and BSN decoys pass the 11-check; IBANs pass
mod-97; ID numbers have the Dutch document-number format; MRZ lines have valid check
digits; no unlisted 11-check-valid 9-digit number or IBAN-shaped string sits in a document;
rules are exactly what the SPEC rule table gives for the labelled fields; hard negatives
state nothing. Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract', 'medical', 'vog', 'camera_footage', 'other'}
SPECIAL = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS', 'SPECIAL_TRADE_UNION',
           'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL', 'SPECIAL_BIOMETRIC'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis', 'iban-on-cv', 'id-document-on-cv'}
CAND = {'cv', 'motivation_letter'}
HR_TYPES = {'id_copy', 'payslip', 'employment_contract'}
errors = []
def err(m): errors.append(m)

def digits(s): return ''.join(c for c in s if c.isdigit())
def bsn_ok(s):
    d = digits(s)
    if len(d) == 8: d = '0' + d
    if len(d) != 9 or d == '000000000': return False
    v = list(map(int, d))
    return (sum(x * w for x, w in zip(v[:8], range(9, 1, -1))) - v[8]) % 11 == 0
def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s): return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def cd(s):
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        t += v * (7, 3, 1)[i % 3]
    return str(t % 10)
def mrz_ok(lines):
    if len(lines) == 2 and all(len(x) == 44 for x in lines):
        l2 = lines[1]
        return (cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
                and cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43])
    if len(lines) == 3 and all(len(x) == 30 for x in lines):
        l1, l2 = lines[0], lines[1]
        return (cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
                and cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29])
    return False
def occurs(text, s): return re.search(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text) is not None

labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
evid = {e['doc']: e for e in (json.loads(l) for l in open(os.path.join(HERE, 'evidence.jsonl'), encoding='utf-8') if l.strip())}
files = set(os.listdir(os.path.join(HERE, 'docs')))
names = [l['doc'] for l in labels]
if len(names) != len(set(names)): err('duplicate doc in labels.jsonl')
if set(names) != files: err(f'labels/docs mismatch: {sorted(set(names) ^ files)[:5]}')
if set(evid) != set(names): err('evidence.jsonl does not cover the same documents')

BSN_PAT = re.compile(r'(?<!\w)(?<!\d[.,])(?<!-)(\d{8,9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3})(?!\w|[.,]\d)')
IBAN_PAT = re.compile(r'(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])')
cnt = Counter()
for l in labels:
    n = l['doc']
    if n not in files: continue
    text = open(os.path.join(HERE, 'docs', n), encoding='utf-8').read()
    e = evid.get(n, {})
    if set(l) != {'doc', 'lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules'}: err(f'{n}: unexpected keys {sorted(l)}')
    if l['lang'] not in ('nl', 'en'): err(f'{n}: lang')
    if l['doc_type'] not in DOC_TYPES: err(f'{n}: doc_type {l["doc_type"]}')
    if not set(l['special']) <= SPECIAL: err(f'{n}: special {l["special"]}')
    if not set(l['rules']) <= RULES: err(f'{n}: rules {l["rules"]}')
    if not isinstance(l['hard_negative'], bool) or not isinstance(l['diagnosis'], bool): err(f'{n}: bool fields')
    # evidence present and valid
    for b in e.get('bsn', []):
        if not occurs(text, b): err(f'{n}: BSN {b!r} not found')
        if not bsn_ok(b): err(f'{n}: BSN {b!r} fails 11-check')
    for b in e.get('bsn_decoys', []):
        if not occurs(text, b): err(f'{n}: decoy {b!r} not found')
        if not bsn_ok(b): err(f'{n}: decoy {b!r} fails 11-check')
    for i in e.get('iban_candidate', []) + e.get('iban_other', []):
        if not occurs(text, i): err(f'{n}: IBAN {i!r} not found')
        if not iban_ok(i): err(f'{n}: IBAN {i!r} fails mod-97')
    for i in e.get('id_numbers', []):
        if not occurs(text, i): err(f'{n}: ID number {i!r} not found')
        if not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', i): err(f'{n}: ID number {i!r} bad format')
    if e.get('mrz'):
        for x in e['mrz']:
            if x not in text.split('\n'): err(f'{n}: MRZ line missing')
        if not mrz_ok(e['mrz']): err(f'{n}: MRZ check digits')
    # nothing unlisted
    listed = {digits(b).zfill(9) for b in e.get('bsn', []) + e.get('bsn_decoys', [])}
    for m in BSN_PAT.finditer(text):
        if bsn_ok(m.group(1)) and digits(m.group(1)).zfill(9) not in listed:
            err(f'{n}: unlisted 11-check-valid number {m.group(1)!r}')
    listed_i = {x.replace(' ', '') for x in e.get('iban_candidate', []) + e.get('iban_other', [])}
    for m in IBAN_PAT.finditer(text):
        s = m.group(0).replace(' ', '')
        if iban_ok(s) and s not in listed_i: err(f'{n}: unlisted IBAN {m.group(0)!r}')
    # rules follow from the fields (SPEC rule table)
    hr = e.get('hr_record', False)
    if l['doc_type'] in HR_TYPES and not hr: err(f'{n}: {l["doc_type"]} must be an HR record')
    if l['doc_type'] in CAND and hr: err(f'{n}: a candidate document is not an HR record')
    exp = set()
    if e.get('bsn'):
        if l['doc_type'] in CAND: exp.add('bsn-on-cv')
        if not hr: exp.add('bsn-outside-hr')
    if e.get('iban_candidate'):
        if l['doc_type'] not in CAND: err(f'{n}: iban_candidate outside a CV/letter')
        exp.add('iban-on-cv')
    if (e.get('id_numbers') or e.get('mrz')) and l['doc_type'] == 'cv': exp.add('id-document-on-cv')
    if l['special']: exp.add('special-category')
    if l['diagnosis'] and hr: exp.add('sickness-diagnosis')
    if exp != set(l['rules']): err(f'{n}: rules {l["rules"]} but fields give {sorted(exp)}')
    if l['diagnosis'] and 'SPECIAL_HEALTH' not in l['special']: err(f'{n}: diagnosis without SPECIAL_HEALTH')
    if l['hard_negative'] and (l['special'] or l['diagnosis'] or {'special-category', 'sickness-diagnosis', 'bsn-outside-hr', 'bsn-on-cv'} & set(l['rules'])):
        err(f'{n}: hard negative states something')
    cnt['docs'] += 1; cnt['lang:' + l['lang']] += 1; cnt['type:' + l['doc_type']] += 1
    for s in l['special']: cnt[s] += 1
    for r in l['rules']: cnt['rule:' + r] += 1
    cnt['hard_negative'] += l['hard_negative']; cnt['diagnosis'] += l['diagnosis']
    if e.get('bsn') and hr: cnt['BSN inside HR record (no rule)'] += 1
    if e.get('bsn_decoys'): cnt['BSN decoy docs'] += 1
    if hr and l['doc_type'] == 'medical' and not l['diagnosis']: cnt['absence record without cause'] += 1
for k in sorted(cnt): print(f'{k:40s} {cnt[k]}')
if errors:
    print(f'\n{len(errors)} ERROR(S):'); [print(' -', x) for x in errors[:60]]
    sys.exit(1)
print('\nOK')
