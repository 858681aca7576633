#!/usr/bin/env python3
"""Check labels.jsonl of the document set special-doctype-rules-15 (plain python3).
Prints counts and OK, or the errors and exits 1."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract',
             'medical', 'vog', 'camera_footage', 'other'}
SPECIALS = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS',
            'SPECIAL_TRADE_UNION', 'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL',
            'SPECIAL_BIOMETRIC'}
ENTITIES = SPECIALS | {'NL_BSN', 'IBAN_CODE', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'DATE_OF_BIRTH',
                       'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_VAT', 'NL_KVK', 'PERSON'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis',
         'iban-on-cv', 'id-document-on-cv'}
CVLIKE = {'cv', 'motivation_letter'}
HR_TYPES = {'id_copy', 'payslip', 'employment_contract'}
BAD_SLUG = ('bsn', 'negative', 'religion', 'decoy')
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'PL': 28, 'AT': 20}
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'}

def bsn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    v = s.replace(' ', '').upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]: return False
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', v): return False
    if cc == 'NL' and (v[4:8] not in NL_BANKS or not v[8:].isdigit()): return False
    if cc in ('DE', 'PL', 'AT') and not v[4:].isdigit(): return False
    if cc == 'GB' and not re.fullmatch(r'[A-Z]{4}\d{14}', v[4:]): return False
    n = int(''.join(str(int(c, 36)) for c in v[4:] + v[:4]))
    return n % 97 == 1

def nl_id_ok(s):
    return re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', s) is not None

def expected_rules(o):
    ents = {e['entity'] for e in o['evidence']}
    dt = o['doc_type']
    r = set()
    if 'NL_BSN' in ents and dt in CVLIKE: r.add('bsn-on-cv')
    if 'NL_BSN' in ents and dt not in HR_TYPES: r.add('bsn-outside-hr')
    if o['special']: r.add('special-category')
    if o['diagnosis']: r.add('sickness-diagnosis')
    if 'IBAN_CODE' in ents and dt in CVLIKE: r.add('iban-on-cv')
    if 'NL_ID_DOCUMENT' in ents and dt == 'cv': r.add('id-document-on-cv')
    return r

errors = []
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
seen = [o['doc'] for o in labels]
if sorted(seen) != files or len(set(seen)) != len(seen):
    errors.append('labels.jsonl and docs/ do not match one-to-one')
for f in files:
    if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', f): errors.append(f'{f}: bad file name')
    if any(b in f.lower() for b in BAD_SLUG): errors.append(f'{f}: label word in slug')

c_type, c_special, c_rules, c_lang = Counter(), Counter(), Counter(), Counter()
n_hn = n_diag = 0
for o in labels:
    name = o['doc']
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        errors.append(f'{name}: missing'); continue
    text = open(path, encoding='utf-8').read()
    for k in ('lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules', 'evidence'):
        if k not in o: errors.append(f'{name}: key {k} missing')
    if o['lang'] not in ('nl', 'en'): errors.append(f'{name}: lang')
    if o['doc_type'] not in DOC_TYPES: errors.append(f'{name}: doc_type {o["doc_type"]}')
    for s in o['special']:
        if s not in SPECIALS: errors.append(f'{name}: special {s}')
    for r in o['rules']:
        if r not in RULES: errors.append(f'{name}: rule {r}')
    bsn_texts = set()
    ev_ents = {e['entity'] for e in o['evidence']}
    for e in o['evidence']:
        ent, t = e['entity'], e['text']
        if ent not in ENTITIES: errors.append(f'{name}: entity {ent}')
        if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
            errors.append(f'{name}: evidence not found as whole word: {ent} {t!r}')
        if ent == 'NL_BSN':
            bsn_texts.add(re.sub(r'\D', '', t))
            if not bsn_ok(t): errors.append(f'{name}: BSN fails 11-check: {t}')
        if ent == 'IBAN_CODE' and not iban_ok(t): errors.append(f'{name}: invalid IBAN {t}')
        if ent == 'NL_ID_DOCUMENT' and not nl_id_ok(t): errors.append(f'{name}: bad ID number {t}')
    # every special category labelled has evidence, and vice versa
    sp_ev = ev_ents & SPECIALS
    if set(o['special']) != sp_ev:
        errors.append(f'{name}: special {sorted(o["special"])} != evidence {sorted(sp_ev)}')
    if o['diagnosis'] and 'SPECIAL_HEALTH' not in o['special']:
        errors.append(f'{name}: diagnosis without SPECIAL_HEALTH')
    if o['hard_negative'] and (o['special'] or o['rules'] or o['diagnosis']):
        errors.append(f'{name}: hard negative with special/rules/diagnosis')
    if set(o['rules']) != expected_rules(o):
        errors.append(f'{name}: rules {sorted(o["rules"])} != rule table {sorted(expected_rules(o))}')
    # any 11-check-valid 9-digit number must be labelled as a BSN
    for m in re.finditer(r'(?<![\w.,-])\d{9}(?![\w,-]|\.\d)', text):
        if bsn_ok(m.group()) and m.group() not in bsn_texts:
            errors.append(f'{name}: 11-check-valid 9-digit number not labelled as BSN: {m.group()}')
    for m in re.finditer(r'(?<!\w)\d{3}[ .]\d{3}[ .]\d{3}(?!\w)', text):
        d = re.sub(r'\D', '', m.group())
        if bsn_ok(d) and d not in bsn_texts:
            errors.append(f'{name}: grouped 11-check-valid number not labelled: {m.group()}')
    c_type[o['doc_type']] += 1; c_lang[o['lang']] += 1
    for s in o['special']: c_special[s] += 1
    for r in o['rules']: c_rules[r] += 1
    n_hn += o['hard_negative']; n_diag += o['diagnosis']

print(f'documents: {len(labels)}  lang: {dict(c_lang)}')
print(f'hard negatives: {n_hn}  with special: {sum(1 for o in labels if o["special"])}  diagnosis: {n_diag}')
print('doc_type:', dict(sorted(c_type.items())))
print('special:', dict(sorted(c_special.items())))
print('rules:', dict(sorted(c_rules.items())))
for r in sorted(RULES):
    if c_rules[r] < 8: print(f'note: rule {r} has fewer than 8 documents')
if errors:
    print('\n'.join(errors)); print(f'{len(errors)} ERROR(S)'); sys.exit(1)
print('OK')
