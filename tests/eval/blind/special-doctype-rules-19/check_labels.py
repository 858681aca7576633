#!/usr/bin/env python3
"""Author's check of labels.jsonl for this document set (standard library only)."""
import json, os, re, sys, collections

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
IBAN_LEN = {'NL': 18, 'BE': 16, 'DE': 22, 'PL': 28, 'FR': 27, 'ES': 24, 'PT': 25, 'RO': 24,
            'BG': 22, 'GB': 22, 'IT': 27, 'LT': 20, 'LV': 21, 'HU': 28, 'SK': 24, 'CZ': 24}
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'FVLB'}

def bsn_ok(s):
    if not re.fullmatch(r'\d{9}', s):
        return False
    d = [int(c) for c in s]
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == 'NL' and s[4:8] not in NL_BANKS:
        return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def nl_id_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', s))

def whole(text, t):
    return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text) is not None

errors = []
def err(doc, msg):
    errors.append(f'{doc}: {msg}')

seen = set()
cnt = collections.Counter()
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        r = json.loads(line)
        doc = r.get('doc')
        for k in ('doc', 'lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules', 'evidence'):
            if k not in r:
                err(doc or f'line {n}', f'missing key {k}')
        if doc in seen:
            err(doc, 'labelled twice')
        seen.add(doc)
        path = os.path.join(DOCS, doc)
        if not os.path.isfile(path):
            err(doc, 'no such document'); continue
        text = open(path, encoding='utf-8').read()
        if r['lang'] not in ('nl', 'en'):
            err(doc, 'bad lang')
        if r['doc_type'] not in DOC_TYPES:
            err(doc, 'bad doc_type')
        if not isinstance(r['hard_negative'], bool) or not isinstance(r['diagnosis'], bool):
            err(doc, 'hard_negative/diagnosis must be bool')
        sp = set(r['special'])
        if sp - SPECIALS:
            err(doc, f'bad special {sp - SPECIALS}')
        if set(r['rules']) - RULES:
            err(doc, f'bad rule {set(r["rules"]) - RULES}')
        ev_special = collections.Counter()
        bsns = set(); decoys = set()
        for e in r['evidence'] + r.get('decoys', []):
            if e['entity'] not in ENTITIES:
                err(doc, f'bad entity {e["entity"]}')
            if not whole(text, e['text']):
                err(doc, f'text not found as whole word: {e["text"]!r}')
        for e in r['evidence']:
            ent, t = e['entity'], e['text']
            if ent in SPECIALS:
                ev_special[ent] += 1
            if ent == 'NL_BSN':
                bsns.add(t)
                if not bsn_ok(t): err(doc, f'BSN fails 11-check: {t}')
            if ent == 'IBAN_CODE' and not iban_ok(t):
                err(doc, f'invalid IBAN: {t}')
            if ent == 'NL_ID_DOCUMENT' and not nl_id_ok(t):
                err(doc, f'not a Dutch document number: {t}')
        for e in r.get('decoys', []):
            decoys.add(e['text'])
        if set(ev_special) != sp:
            err(doc, f'special {sorted(sp)} != evidence categories {sorted(ev_special)}')
        for k, v in ev_special.items():
            if v != 1:
                err(doc, f'{k}: {v} phrases, want exactly one')
        for m in re.finditer(r'(?<!\d)\d{9}(?!\d)', text):
            if bsn_ok(m.group()) and m.group() not in bsns | decoys:
                err(doc, f'11-check-valid number not labelled: {m.group()}')
        # consistency of the labelling reading (see README)
        if r['hard_negative'] and sp:
            err(doc, 'hard_negative with special categories')
        if bool(sp) != ('special-category' in r['rules']):
            err(doc, 'special-category rule iff special categories')
        if r['diagnosis'] and 'SPECIAL_HEALTH' not in sp:
            err(doc, 'diagnosis without SPECIAL_HEALTH')
        if 'sickness-diagnosis' in r['rules'] and not r['diagnosis']:
            err(doc, 'sickness-diagnosis without diagnosis')
        if 'bsn-outside-hr' in r['rules'] and not bsns:
            err(doc, 'bsn-outside-hr without a BSN')
        cnt['docs'] += 1
        cnt['lang_' + r['lang']] += 1
        cnt['hard_negative'] += r['hard_negative']
        cnt['diagnosis'] += r['diagnosis']
        for s in sp: cnt[s] += 1
        for x in r['rules']: cnt['rule ' + x] += 1
        cnt['doc_type ' + r['doc_type']] += 1

for fn in sorted(os.listdir(DOCS)):
    if fn not in seen:
        err(fn, 'document without label')
    if not re.fullmatch(r'\d{3}-[a-z]+\.txt', fn):
        err(fn, 'bad file name')

for k in sorted(cnt):
    print(f'{k:32} {cnt[k]}')
for e in errors:
    print('ERROR', e)
if errors:
    print(f'{len(errors)} error(s)')
    sys.exit(1)
print('OK')
