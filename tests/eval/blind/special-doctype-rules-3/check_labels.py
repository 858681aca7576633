#!/usr/bin/env python3
"""Author's own check of the labels of blind set special-doctype-rules-3.

Runs with plain python3 (stdlib only). Checks that
- every document has exactly one label line and every label names an existing document;
- field values are legal (SPEC document types, special categories, content rules);
- every evidence text occurs in its document (case-sensitive, whole word: (?<!\\w)text(?!\\w));
- BSN evidence and BSN decoys pass the 11-check, IBAN evidence passes mod-97;
- the fields are consistent with each other and with the decisions in README.md;
- no unlabelled 11-check-valid 9-digit number and no unlabelled IBAN sits in a document.
Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
EVIDENCE_ENTITIES = SPECIAL | {"NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT"}
CANDIDATE = {"cv", "motivation_letter"}
HR_TYPES = {"id_copy", "payslip", "employment_contract"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28}

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def digits(s):
    return re.sub(r'\D', '', s)

def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = '0' + d
    if len(d) != 9 or d == '000000000':
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    num = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def occurs(text, needle):
    return re.search(r'(?<!\w)' + re.escape(needle) + r'(?!\w)', text) is not None

labels = []
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            try:
                labels.append(json.loads(line))
            except ValueError as e:
                errors.append(f"labels.jsonl line {n}: {e}")

files = sorted(x for x in os.listdir(DOCS) if x.endswith('.txt'))
names = [l.get('doc') for l in labels]
for x in files:
    if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', x):
        err(x, 'file name not NNN-<slug>.txt')
    if names.count(x) != 1:
        err(x, f'{names.count(x)} label lines')
for x in names:
    if x not in files:
        err(x, 'label for a missing document')

for l in labels:
    doc = l.get('doc')
    path = os.path.join(DOCS, doc or '')
    if not os.path.exists(path):
        continue
    with open(path, encoding='utf-8') as f:
        text = f.read()
    dt, sp, hn, dg, ru = l.get('doc_type'), l.get('special'), l.get('hard_negative'), l.get('diagnosis'), l.get('rules')
    hr = l.get('hr_record')
    ev = l.get('evidence', [])
    dec = l.get('evidence_decoys', [])
    if l.get('lang') not in ('nl', 'en'):
        err(doc, 'lang')
    if dt not in DOC_TYPES:
        err(doc, f'doc_type {dt}')
    if not isinstance(sp, list) or not set(sp) <= SPECIAL or len(sp) != len(set(sp)):
        err(doc, f'special {sp}')
        sp = []
    if not isinstance(ru, list) or not set(ru) <= RULES or len(ru) != len(set(ru)):
        err(doc, f'rules {ru}')
        ru = []
    for k, v in (('hard_negative', hn), ('diagnosis', dg), ('hr_record', hr)):
        if not isinstance(v, bool):
            err(doc, f'{k} not a bool')
    # evidence
    kinds = Counter()
    for e in ev + dec:
        ent, t = e.get('entity'), e.get('text')
        if ent not in EVIDENCE_ENTITIES or not t:
            err(doc, f'bad evidence {e}')
            continue
        if not occurs(text, t):
            err(doc, f'evidence not found as whole word: {ent} {t!r}')
    for e in ev:
        kinds[e['entity']] += 1
        if e['entity'] == 'NL_BSN' and not bsn_ok(e['text']):
            err(doc, f'BSN fails 11-check: {e["text"]}')
        if e['entity'] == 'IBAN_CODE' and not iban_ok(e['text']):
            err(doc, f'IBAN fails mod-97/length: {e["text"]}')
        if e['entity'] == 'NL_ID_DOCUMENT' and not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', e['text']):
            err(doc, f'ID number format: {e["text"]}')
    for e in dec:
        if e['entity'] == 'NL_BSN' and not bsn_ok(e['text']):
            err(doc, f'BSN decoy fails 11-check: {e["text"]}')
    for c in sp:
        if not kinds[c]:
            err(doc, f'no evidence for {c}')
    for c in kinds:
        if c in SPECIAL and c not in sp:
            err(doc, f'evidence for {c} but not in special')
    # consistency of fields
    if hn and (sp or dg or 'special-category' in ru or 'sickness-diagnosis' in ru):
        err(doc, 'hard negative with special data / diagnosis')
    if bool(sp) != ('special-category' in ru):
        err(doc, 'special non-empty <-> special-category rule')
    if dg != ('sickness-diagnosis' in ru):
        err(doc, 'diagnosis <-> sickness-diagnosis rule')
    if dg and ('SPECIAL_HEALTH' not in sp or not hr or dt in CANDIDATE):
        err(doc, 'diagnosis needs SPECIAL_HEALTH in an HR/absence record')
    if 'SPECIAL_HEALTH' in sp and hr and not dg and dt == 'medical':
        err(doc, 'health data in an absence record without diagnosis')
    has_bsn = kinds['NL_BSN'] > 0
    if ('bsn-on-cv' in ru) != (has_bsn and dt in CANDIDATE):
        err(doc, 'bsn-on-cv <-> BSN in a CV/motivation letter')
    outside = has_bsn and not hr and dt not in HR_TYPES
    if ('bsn-outside-hr' in ru) != outside:
        err(doc, 'bsn-outside-hr <-> BSN outside an HR record')
    if hr and dt in CANDIDATE:
        err(doc, 'a CV/motivation letter is never an HR record')
    if ('iban-on-cv' in ru) != (kinds['IBAN_CODE'] > 0 and dt in CANDIDATE):
        err(doc, 'iban-on-cv <-> IBAN in a CV/motivation letter')
    if ('id-document-on-cv' in ru) != (kinds['NL_ID_DOCUMENT'] > 0 and dt == 'cv'):
        err(doc, 'id-document-on-cv <-> ID number on a CV')
    # unlabelled look-alikes
    labelled = {digits(e['text']) for e in ev + dec if e['entity'] == 'NL_BSN'}
    for m in re.finditer(r'(?<![\w.|-])(\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3})(?![\w|-]|\.\d)', text):
        if bsn_ok(m.group(1)) and digits(m.group(1)) not in labelled:
            err(doc, f'unlabelled 11-check-valid number {m.group(1)}')
    ibans = {e['text'].replace(' ', '') for e in ev if e['entity'] == 'IBAN_CODE'}
    if dt in CANDIDATE:
        for m in re.finditer(r'\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b', text):
            if iban_ok(m.group(0)) and m.group(0) not in ibans:
                err(doc, f'unlabelled IBAN on a candidate document {m.group(0)}')

# counts
n = len(labels)
cat = Counter(c for l in labels for c in l.get('special', []))
for c in sorted(SPECIAL):
    if cat[c] < 12:
        errors.append(f'set: only {cat[c]} documents with {c} (brief: at least 12)')

print(f'documents: {n}')
print('lang:', dict(Counter(l['lang'] for l in labels)))
print('doc_type:', dict(sorted(Counter(l['doc_type'] for l in labels).items())))
print('special (documents per category):')
for c in sorted(SPECIAL):
    print(f'  {c:28s} {cat[c]}')
print('documents with any special category:', sum(1 for l in labels if l['special']))
print('hard negatives:', sum(1 for l in labels if l['hard_negative']))
print('diagnosis true:', sum(1 for l in labels if l['diagnosis']))
absence = [l for l in labels if l['doc_type'] == 'medical']
print(f"absence/medical records: {len(absence)} (with a cause: {sum(1 for l in absence if l['diagnosis'])}, "
      f"without: {sum(1 for l in absence if not l['diagnosis'])})")
print('rules (documents per rule):', dict(sorted(Counter(r for l in labels for r in l['rules']).items())))
print('documents breaking no rule:', sum(1 for l in labels if not l['rules']))
print('HR records:', sum(1 for l in labels if l['hr_record']))
ev_count = Counter(e['entity'] for l in labels for e in l.get('evidence', []))
print('evidence strings:', dict(sorted(ev_count.items())), ' decoys:', sum(len(l.get('evidence_decoys', [])) for l in labels))
if errors:
    print(f'\n{len(errors)} ERROR(S):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('\nOK')
