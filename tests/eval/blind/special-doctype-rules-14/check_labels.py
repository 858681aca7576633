#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-14 (plain python3)."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract', 'medical', 'vog',
             'camera_footage', 'other'}
SPECIALS = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS', 'SPECIAL_TRADE_UNION',
            'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL', 'SPECIAL_BIOMETRIC'}
EVID = SPECIALS | {'NL_BSN', 'IBAN_CODE', 'NL_ID_DOCUMENT'}
HR_TYPES = {'id_copy', 'payslip', 'employment_contract', 'vog', 'medical'}
CAND = {'cv', 'motivation_letter'}
SLUG_BAN = ('bsn', 'negative', 'religion', 'decoy', 'iban', 'diagnos', 'special', 'hard')
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'PL': 28, 'AT': 20}
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'}


def bsn_ok(s):
    if not re.fullmatch(r'\d{9}', s):
        return False
    t = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and s != '000000000'


def iban_ok(s):
    s = s.replace(' ', '').upper()
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s):
        return False
    if cc == 'NL' and s[4:8] not in NL_BANKS:
        return False
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def id_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', s))


def whole(text, t):
    return re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text) is not None


def expected_rules(r):
    ents = {e['entity'] for e in r['evidence']}
    hr = r['doc_type'] in HR_TYPES or r.get('hr_record', False)
    out = set()
    if 'NL_BSN' in ents and r['doc_type'] in CAND:
        out.add('bsn-on-cv')
    if 'NL_BSN' in ents and not hr:
        out.add('bsn-outside-hr')
    if r['special']:
        out.add('special-category')
    if r['diagnosis'] and hr:
        out.add('sickness-diagnosis')
    if 'IBAN_CODE' in ents and r['doc_type'] in CAND:
        out.add('iban-on-cv')
    if 'NL_ID_DOCUMENT' in ents and r['doc_type'] == 'cv':
        out.add('id-document-on-cv')
    return out


def main():
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'docs')) if f.endswith('.txt'))
    names = [r['doc'] for r in rows]
    if sorted(names) != files or len(set(names)) != len(names):
        errs.append('labels.jsonl and docs/ do not match one to one')
    cnt = collections.Counter()
    for r in rows:
        d = r['doc']
        if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', d) or any(b in d.lower() for b in SLUG_BAN):
            errs.append(f'{d}: bad file name')
        try:
            text = open(os.path.join(HERE, 'docs', d), encoding='utf-8').read()
        except OSError as e:
            errs.append(f'{d}: {e}'); continue
        if r['lang'] not in ('nl', 'en'):
            errs.append(f'{d}: lang')
        if r['doc_type'] not in DOC_TYPES:
            errs.append(f'{d}: doc_type {r["doc_type"]}')
        if not set(r['special']) <= SPECIALS:
            errs.append(f'{d}: unknown special {r["special"]}')
        ev_special = set()
        bsn_labelled = set()
        for e in r['evidence']:
            if e['entity'] not in EVID:
                errs.append(f'{d}: evidence entity {e["entity"]}')
            if not whole(text, e['text']):
                errs.append(f'{d}: evidence not found as whole word: {e["entity"]}')
            if e['entity'] == 'NL_BSN':
                if not bsn_ok(e['text']):
                    errs.append(f'{d}: BSN fails 11-check')
                bsn_labelled.add(e['text'])
            if e['entity'] == 'IBAN_CODE' and not iban_ok(e['text']):
                errs.append(f'{d}: invalid IBAN')
            if e['entity'] == 'NL_ID_DOCUMENT' and not id_ok(e['text']):
                errs.append(f'{d}: bad ID document number')
            if e['entity'] in SPECIALS:
                ev_special.add(e['entity'])
        if ev_special != set(r['special']):
            errs.append(f'{d}: special {sorted(r["special"])} vs evidence {sorted(ev_special)}')
        if r['diagnosis'] and 'SPECIAL_HEALTH' not in r['special']:
            errs.append(f'{d}: diagnosis without SPECIAL_HEALTH')
        if set(r['rules']) != expected_rules(r):
            errs.append(f'{d}: rules {sorted(r["rules"])} expected {sorted(expected_rules(r))}')
        if r['hard_negative'] and (r['special'] or r['rules'] or r['diagnosis']):
            errs.append(f'{d}: hard negative with special/rules/diagnosis')
        for m in re.finditer(r'(?<![\w.,-])\d{9}(?![\w])', text):
            if bsn_ok(m.group()) and m.group() not in bsn_labelled:
                errs.append(f'{d}: unlabelled 11-check-valid number')
        for m in re.finditer(r'(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?', text):
            if not iban_ok(m.group()):
                errs.append(f'{d}: IBAN-like string that is not valid: {m.group()[:4]}..')
        cnt['docs'] += 1
        cnt['lang_' + r['lang']] += 1
        cnt['type_' + r['doc_type']] += 1
        cnt['hard_negative'] += r['hard_negative']
        cnt['diagnosis'] += r['diagnosis']
        if r['doc_type'] == 'medical' and not r['diagnosis'] and not r['special']:
            cnt['absence_record_without_cause'] += 1
        for s in r['special']:
            cnt[s] += 1
        for ru in r['rules']:
            cnt['rule_' + ru] += 1
    for k in sorted(cnt):
        print(f'{k:34s} {cnt[k]}')
    for e in errs:
        print('ERROR', e)
    if errs:
        print(f'{len(errs)} errors'); sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
