#!/usr/bin/env python3
"""Check labels.jsonl of the document set special-doctype-rules-11 (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract', 'medical', 'vog', 'camera_footage', 'other'}
SPECIALS = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS', 'SPECIAL_TRADE_UNION',
            'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL', 'SPECIAL_BIOMETRIC'}
ENTITIES = SPECIALS | {'NL_BSN', 'IBAN_CODE', 'NL_ID_DOCUMENT'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis', 'iban-on-cv', 'id-document-on-cv'}
CV_LIKE = {'cv', 'motivation_letter'}
HR = {'id_copy', 'payslip', 'employment_contract', 'medical', 'vog'}   # payroll/HR records, absence records included
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'}
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'PL': 28, 'AT': 20}

def bsn_ok(s):
    d = re.sub(r'[ .]', '', s)
    if not re.fullmatch(r'\d{9}', d):
        return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0 and d != '000000000'

def iban_ok(s):
    i = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', i):
        return False
    cc = i[:2]
    if IBAN_LEN.get(cc) != len(i):
        return False
    if cc == 'NL' and (i[4:8] not in NL_BANKS or not i[8:].isdigit()):
        return False
    r = i[4:] + i[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def nlid_ok(s):
    return bool(re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', s))

def expected_rules(dt, special, diagnosis, ents):
    r = set()
    if 'NL_BSN' in ents and dt in CV_LIKE: r.add('bsn-on-cv')
    if 'NL_BSN' in ents and dt not in HR: r.add('bsn-outside-hr')
    if special: r.add('special-category')
    if diagnosis and dt in HR: r.add('sickness-diagnosis')
    if 'IBAN_CODE' in ents and dt in CV_LIKE: r.add('iban-on-cv')
    if 'NL_ID_DOCUMENT' in ents and dt == 'cv': r.add('id-document-on-cv')
    return r

def whole(text, s):
    return re.search(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text) is not None

errors = []
def err(doc, msg): errors.append(f'{doc}: {msg}')

labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
seen = [o['doc'] for o in labels]
if sorted(seen) != files or len(set(seen)) != len(seen):
    errors.append('labels.jsonl and docs/ do not list the same files exactly once')
BAD_SLUG = ('bsn', 'negative', 'religion', 'decoy')
c = collections.Counter()
for o in labels:
    doc = o['doc']
    if any(w in doc.lower() for w in BAD_SLUG): err(doc, 'slug holds a label word')
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        err(doc, 'missing file'); continue
    text = open(path, encoding='utf-8').read()
    for k in ('lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules', 'evidence'):
        if k not in o: err(doc, 'missing key ' + k)
    if o['lang'] not in ('nl', 'en'): err(doc, 'bad lang')
    dt = o['doc_type']
    if dt not in DOC_TYPES: err(doc, 'bad doc_type ' + dt)
    ev = o['evidence']
    ents = set()
    for e in ev:
        ent, t = e['entity'], e['text']
        ents.add(ent)
        if ent not in ENTITIES: err(doc, 'unknown evidence entity ' + ent)
        if not whole(text, t): err(doc, f'evidence not found as whole word: {ent}')
        if ent == 'NL_BSN' and not bsn_ok(t): err(doc, 'BSN fails 11-check')
        if ent == 'IBAN_CODE' and not iban_ok(t): err(doc, 'invalid IBAN')
        if ent == 'NL_ID_DOCUMENT' and not nlid_ok(t): err(doc, 'invalid NL document number')
    special = set(o['special'])
    if not special <= SPECIALS: err(doc, 'unknown special category')
    if special != {x for x in ents if x in SPECIALS}: err(doc, 'special does not match special evidence')
    if o['diagnosis'] and 'SPECIAL_HEALTH' not in special: err(doc, 'diagnosis without health evidence')
    rules = set(o['rules'])
    if not rules <= RULES: err(doc, 'unknown or unlabelled-kind rule')
    exp = expected_rules(dt, special, o['diagnosis'], ents)
    if rules != exp: err(doc, f'rules {sorted(rules)} != rule table {sorted(exp)}')
    if o['hard_negative'] and (special or rules): err(doc, 'hard negative with special or rules')
    # every 11-check-valid 9-digit number (also written 1234.56.789 / 123 456 789) must be a labelled BSN
    labelled = {re.sub(r'[ .]', '', e['text']) for e in ev if e['entity'] == 'NL_BSN'}
    for m in re.finditer(r'(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w])', text):
        d = re.sub(r'[ .]', '', m.group(1))
        if bsn_ok(d) and d not in labelled: err(doc, 'unlabelled 11-check-valid 9-digit number')
    for m in re.finditer(r'(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?!\w)', text):
        if iban_ok(m.group(0)) and m.group(0) not in {e['text'] for e in ev if e['entity'] == 'IBAN_CODE'}:
            err(doc, 'unlabelled valid IBAN')
    c['docs'] += 1; c['lang ' + o['lang']] += 1; c['doc_type ' + dt] += 1
    for s in special: c['special ' + s] += 1
    for r in rules: c['rule ' + r] += 1
    c['hard_negative'] += bool(o['hard_negative']); c['diagnosis'] += bool(o['diagnosis'])
    if dt == 'medical' and not o['diagnosis']: c['absence/medical without cause'] += 1
    if 'NL_BSN' in ents and dt in HR: c['HR record with BSN (no BSN rule)'] += 1
    for e in ev: c['evidence ' + e['entity']] += 1
for k in sorted(c): print(f'{k}: {c[k]}')
if errors:
    for e in errors: print('ERROR', e)
    sys.exit(1)
print('OK')
