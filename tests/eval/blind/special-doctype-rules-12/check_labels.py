#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-12 (plain python3)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract', 'medical',
             'vog', 'camera_footage', 'other'}
SPECIAL = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS',
           'SPECIAL_TRADE_UNION', 'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL', 'SPECIAL_BIOMETRIC'}
IDENT = {'NL_BSN', 'IBAN_CODE', 'NL_ID_DOCUMENT'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis', 'iban-on-cv',
         'id-document-on-cv'}
HR = {'id_copy', 'payslip', 'employment_contract', 'medical', 'vog'}   # payroll/HR records
CAND = {'cv', 'motivation_letter'}
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'}
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'PL': 28, 'AT': 20}

def bsn_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) == 8: d = '0' + d
    if len(d) != 9: return False
    n = [int(c) for c in d]
    return (sum(n[i] * (9 - i) for i in range(8)) - n[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit(): return False
    if cc == 'NL' and (s[4:8] not in NL_BANKS or not s[8:].isdigit()): return False
    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def nlid_ok(s):
    s = s.replace(' ', '').upper()
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', s))

def expected_rules(rec):
    dt = rec['doc_type']; ents = {e['entity'] for e in rec['evidence']}
    r = set()
    if 'NL_BSN' in ents:
        if dt in CAND: r.add('bsn-on-cv')
        if dt not in HR: r.add('bsn-outside-hr')
    if rec['special']: r.add('special-category')
    if rec['diagnosis'] and dt in HR: r.add('sickness-diagnosis')
    if 'IBAN_CODE' in ents and dt in CAND: r.add('iban-on-cv')
    if 'NL_ID_DOCUMENT' in ents and dt == 'cv': r.add('id-document-on-cv')
    return r

def main():
    errors = []
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    names = [r['doc'] for r in recs]
    files = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
    if sorted(names) != files or len(set(names)) != len(names):
        errors.append('labels.jsonl and docs/ do not match one-to-one')
    for rec in recs:
        doc = rec['doc']; err = lambda m: errors.append(f'{doc}: {m}')
        if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', doc): err('bad file name')
        for w in ('bsn', 'negative', 'religion', 'decoy'):
            if w in doc: err(f'slug contains label word {w}')
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path): err('missing file'); continue
        text = open(path, encoding='utf-8').read()
        if rec.get('lang') not in ('nl', 'en'): err('lang')
        if rec['doc_type'] not in DOC_TYPES: err('doc_type')
        if not set(rec['special']) <= SPECIAL: err('unknown special')
        if not set(rec['rules']) <= RULES: err('unknown rule')
        if not isinstance(rec['hard_negative'], bool) or not isinstance(rec['diagnosis'], bool): err('bool')
        ev_special = set(); bsns = set()
        for e in rec['evidence']:
            ent, t = e['entity'], e['text']
            if ent not in SPECIAL | IDENT: err(f'evidence entity {ent}')
            if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text): err(f'evidence not found as whole word: {ent}')
            if ent == 'NL_BSN':
                bsns.add(re.sub(r'\D', '', t).zfill(9))
                if not bsn_ok(t): err('BSN fails 11-check')
            if ent == 'IBAN_CODE' and not iban_ok(t): err('invalid IBAN')
            if ent == 'NL_ID_DOCUMENT' and not nlid_ok(t): err('invalid NL ID number')
            if ent in SPECIAL: ev_special.add(ent)
        if ev_special != set(rec['special']): err('special categories and their evidence differ')
        if rec['diagnosis'] and 'SPECIAL_HEALTH' not in rec['special']: err('diagnosis without SPECIAL_HEALTH')
        if rec['hard_negative'] and (rec['special'] or rec['rules']): err('hard negative with special/rules')
        if set(rec['rules']) != expected_rules(rec):
            err(f'rules {sorted(rec["rules"])} != expected {sorted(expected_rules(rec))}')
        # any 11-check-valid 9-digit number (plain, or grouped with dots/spaces) must be a labelled BSN
        for m in re.finditer(r'(?<![\w.])(\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3})(?![\w])', text):
            d = re.sub(r'\D', '', m.group(1))
            if bsn_ok(d) and d not in bsns: err(f'unlabelled 11-check-valid number at offset {m.start()}')
        # every IBAN-looking string in the text must be valid
        for m in re.finditer(r'(?<!\w)[A-Z]{2}\d{2}[A-Z0-9]{10,30}(?!\w)', text):
            if re.fullmatch(r'NL\d{9}B\d{2}', m.group(0)): continue   # btw-id, not an IBAN
            if m.group(0)[:2] in IBAN_LEN and not iban_ok(m.group(0)): err('invalid IBAN-like string in text')
    c = collections.Counter()
    for r in recs:
        c['docs'] += 1; c['lang:' + r['lang']] += 1; c['type:' + r['doc_type']] += 1
        c['hard_negative'] += r['hard_negative']; c['diagnosis'] += r['diagnosis']
        for s in r['special']: c['special:' + s] += 1
        for x in r['rules']: c['rule:' + x] += 1
        if r['doc_type'] == 'medical' and not r['special']: c['medical_without_cause'] += 1
        if r['doc_type'] in HR and any(e['entity'] == 'NL_BSN' for e in r['evidence']): c['hr_with_bsn_no_bsn_rule'] += 1
        if r['doc_type'] not in HR | CAND and any(e['entity'] == 'NL_BSN' for e in r['evidence']): c['non_hr_non_cv_with_bsn'] += 1
    for k in sorted(c): print(f'{k:45s} {c[k]}')
    if errors:
        for e in errors: print('ERROR', e)
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
