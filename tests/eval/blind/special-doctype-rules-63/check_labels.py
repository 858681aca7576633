#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-63. Plain python3."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
ENTITIES = {'NL_BSN','IBAN_CODE','EMAIL_ADDRESS','PHONE_NUMBER','DATE_OF_BIRTH','NL_ID_DOCUMENT',
            'NL_DRIVERS_LICENSE','NL_VAT','NL_KVK','PERSON','SPECIAL_HEALTH','SPECIAL_RELIGION',
            'SPECIAL_ETHNICITY','SPECIAL_POLITICS','SPECIAL_TRADE_UNION','SPECIAL_SEXUAL_ORIENTATION',
            'SPECIAL_CRIMINAL','SPECIAL_BIOMETRIC'}
SPECIAL = {e for e in ENTITIES if e.startswith('SPECIAL_')}
DOCTYPES = {'cv','motivation_letter','id_copy','payslip','employment_contract','medical','vog','camera_footage','other'}
RULES = {'bsn-on-cv','bsn-outside-hr','special-category','sickness-diagnosis','iban-on-cv','id-document-on-cv'}
HR_TYPES = {'id_copy','payslip','employment_contract','medical','vog'}
# doc_type 'other' that is still a payroll/HR record (payroll export), so a BSN there breaks no rule
PAYROLL_OTHER = {'011-loonexport-ggz-week10.txt'}

def bsn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s): return False
    if s.startswith('NL') and not re.fullmatch(r'NL\d{2}[A-Z]{4}\d{10}', s): return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
names = [r['doc'] for r in rows]
if sorted(names) != files: errors.append('docs and label rows differ: %s' % set(names).symmetric_difference(files))
if len(names) != len(set(names)): errors.append('duplicate label rows')
ent_count, lang_count, type_count, rule_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r['doc']
    if not os.path.exists(os.path.join(DOCS, d)): continue
    text = open(os.path.join(DOCS, d), encoding='utf-8').read()
    for k in ('lang','doc_type','special','hard_negative','diagnosis','rules','evidence'):
        if k not in r: errors.append(f'{d}: missing {k}')
    if r['lang'] not in ('nl','en'): errors.append(f'{d}: lang')
    if r['doc_type'] not in DOCTYPES: errors.append(f'{d}: doc_type {r["doc_type"]}')
    for s in r['special']:
        if s not in SPECIAL: errors.append(f'{d}: special {s}')
    for ru in r['rules']:
        if ru not in RULES: errors.append(f'{d}: rule {ru}')
    # consistency
    if bool(r['special']) != ('special-category' in r['rules']): errors.append(f'{d}: special vs rule')
    if r['diagnosis'] != ('sickness-diagnosis' in r['rules']): errors.append(f'{d}: diagnosis vs rule')
    if r['hard_negative'] and r['special']: errors.append(f'{d}: hard negative with special')
    ev_special = {e['entity'] for e in r['evidence'] if e['entity'] in SPECIAL}
    if ev_special != set(r['special']): errors.append(f'{d}: evidence special {ev_special} != {r["special"]}')
    has_bsn = any(e['entity'] == 'NL_BSN' for e in r['evidence'])
    if has_bsn and r['doc_type'] in ('cv','motivation_letter') and 'bsn-on-cv' not in r['rules']: errors.append(f'{d}: bsn-on-cv missing')
    if has_bsn and r['doc_type'] not in HR_TYPES and r['doc'] not in PAYROLL_OTHER and 'bsn-outside-hr' not in r['rules']:
        errors.append(f'{d}: bsn-outside-hr missing?')
    for e in r['evidence']:
        ent, t = e['entity'], e['text']
        if ent not in ENTITIES: errors.append(f'{d}: entity {ent}')
        if '\n' in t: errors.append(f'{d}: label spans line break: {t!r}')
        if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text): errors.append(f'{d}: not found as whole word: {t!r}')
        if ent == 'NL_BSN' and not bsn_ok(t): errors.append(f'{d}: BSN fails 11-check {t}')
        if ent == 'IBAN_CODE' and not iban_ok(t): errors.append(f'{d}: IBAN fails mod-97 {t}')
        if ent == 'NL_ID_DOCUMENT' and not id_ok(t): errors.append(f'{d}: ID number shape {t}')
        ent_count[ent] += 1
    for dc in r.get('decoys', []):
        if dc['entity'] == 'NL_BSN' and not bsn_ok(dc['text']): errors.append(f'{d}: BSN decoy fails 11-check')
    lang_count[r['lang']] += 1; type_count[r['doc_type']] += 1
    for ru in r['rules']: rule_count[ru] += 1
    for s in r['special']: spec_count[s] += 1
    hn += r['hard_negative']; diag += r['diagnosis']

print('documents:', len(rows), dict(lang_count))
print('doc_type:', dict(type_count))
print('hard_negative:', hn, f'({hn/len(rows):.0%})', 'diagnosis:', diag)
print('special:', dict(spec_count))
print('rules:', dict(rule_count))
print('evidence:', dict(ent_count))
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK')
