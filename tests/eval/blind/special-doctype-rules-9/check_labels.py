#!/usr/bin/env python3
"""Author's own check of labels.jsonl for set special-doctype-rules-9 (plain python3, stdlib).

Checks: every document has exactly one label line and vice versa; field values are from the
SPEC; every evidence text occurs in its document by the README match rule
((?<!\\w)text(?!\\w), case-sensitive); BSN evidence/decoys pass the 11-check; IBANs pass
mod-97, country length and (BE/ES/FR) the inner check digits; ID numbers have the Dutch
document-number format or are MRZ lines with correct check digits; rule labels are consistent
with doc_type, hr_record, evidence and special; every IBAN-looking string in any document is
valid; every 11-check-valid 9-digit number in any document is labelled (BSN or decoy); every
MRZ line in any document has correct check digits. Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract', 'medical',
             'vog', 'camera_footage', 'other'}
SPECIALS = {'SPECIAL_HEALTH', 'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS',
            'SPECIAL_TRADE_UNION', 'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL',
            'SPECIAL_BIOMETRIC'}
RULES = {'bsn-on-cv', 'bsn-outside-hr', 'special-category', 'sickness-diagnosis', 'iban-on-cv',
         'id-document-on-cv'}
CANDIDATE_TYPES = {'cv', 'motivation_letter'}
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'BE': 16, 'PL': 28, 'FR': 27, 'ES': 24}

errors = []
def err(msg):
    errors.append(msg)

def bsn_ok(s):
    d = re.sub(r'[ .\-]', '', s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and d != '000000000'

def iban_ok(s):
    v = s.replace(' ', '').upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc] or not v[2:4].isdigit():
        return False
    n = int(''.join(str(int(c, 36)) for c in v[4:] + v[:4]))
    if n % 97 != 1:
        return False
    bban = v[4:]
    if cc == 'BE':
        c = int(bban[:10]) % 97 or 97
        return int(bban[10:12]) == c
    if cc in ('ES', 'FR'):
        return False  # not used in this set; would need the national check
    return True

def mrz_cd(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == '<' else (int(c) if c.isdigit() else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)

def td3_line2_ok(l):
    if len(l) != 44:
        return False
    ok = (mrz_cd(l[0:9]) == l[9] and mrz_cd(l[13:19]) == l[19] and mrz_cd(l[21:27]) == l[27]
          and (l[28:42] == '<' * 14 and l[42] in '<0' or mrz_cd(l[28:42]) == l[42]))
    comp = l[0:10] + l[13:20] + l[21:43]
    return ok and mrz_cd(comp) == l[43]

def td1_ok(l1, l2):
    if len(l1) != 30 or len(l2) != 30:
        return False
    ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return ok and mrz_cd(comp) == l2[29]

DOCNO = re.compile(r'^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$')

def id_ok(text, doc):
    t = text.replace(' ', '')
    if DOCNO.match(t):
        return True
    # an MRZ line: find the full MRZ block in the document and validate it
    lines = doc.splitlines()
    for i, l in enumerate(lines):
        if l.strip() == text:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if text.startswith('P<') and len(text) == 44:
                return td3_line2_ok(nxt)
            if text.startswith('I<') and len(text) == 30:
                return td1_ok(text, nxt)
    return False

def occurs(text, doc):
    return re.search(r'(?<!\w)' + re.escape(text) + r'(?!\w)', doc) is not None

labels = []
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            labels.append(json.loads(line))
        except ValueError as e:
            err(f'labels.jsonl line {n}: bad JSON ({e})')

files = sorted(x for x in os.listdir(DOCS) if x.endswith('.txt'))
names = [r.get('doc') for r in labels]
for x in files:
    if names.count(x) != 1:
        err(f'{x}: {names.count(x)} label lines')
for x in names:
    if x not in files:
        err(f'{x}: label without document')

cnt_rules, cnt_special, cnt_type = Counter(), Counter(), Counter()
hn = diag = hr_bsn_ok = absence_no_cause = 0
bsn_labelled = {}
for r in labels:
    name = r.get('doc', '?')
    path = os.path.join(DOCS, name)
    if not os.path.exists(path):
        continue
    doc = open(path, encoding='utf-8').read()
    for k in ('lang', 'doc_type', 'special', 'hard_negative', 'diagnosis', 'rules'):
        if k not in r:
            err(f'{name}: missing {k}')
    if r.get('lang') not in ('nl', 'en'):
        err(f'{name}: lang {r.get("lang")}')
    dt = r.get('doc_type')
    if dt not in DOC_TYPES:
        err(f'{name}: doc_type {dt}')
    sp = set(r.get('special', []))
    if not sp <= SPECIALS:
        err(f'{name}: unknown special {sp - SPECIALS}')
    rules = set(r.get('rules', []))
    if not rules <= RULES:
        err(f'{name}: unknown rule {rules - RULES}')
    if not isinstance(r.get('hard_negative'), bool) or not isinstance(r.get('diagnosis'), bool):
        err(f'{name}: hard_negative/diagnosis must be bool')
    hr = r.get('hr_record')
    if not isinstance(hr, bool):
        err(f'{name}: hr_record must be bool')
    ev = r.get('evidence', [])
    dec = r.get('evidence_decoys', [])
    kinds = Counter()
    for e in ev:
        t, ent = e['text'], e['entity']
        kinds[ent] += 1
        if not occurs(t, doc):
            err(f'{name}: evidence {ent} {t!r} not found as whole word')
        if ent == 'NL_BSN':
            if not bsn_ok(t):
                err(f'{name}: BSN {t!r} fails 11-check')
            bsn_labelled.setdefault(name, set()).add(re.sub(r'\D', '', t).zfill(9))
        elif ent == 'IBAN_CODE':
            if not iban_ok(t):
                err(f'{name}: IBAN {t!r} invalid')
        elif ent == 'NL_ID_DOCUMENT':
            if not id_ok(t, doc):
                err(f'{name}: ID {t!r} neither a document number nor a valid MRZ')
        else:
            err(f'{name}: unexpected evidence entity {ent}')
    for e in dec:
        if e['entity'] != 'NL_BSN' or not bsn_ok(e['text']) or not occurs(e['text'], doc):
            err(f'{name}: bad decoy {e}')
        bsn_labelled.setdefault(name, set()).add(re.sub(r'\D', '', e['text']).zfill(9))
    # consistency
    if ('special-category' in rules) != bool(sp):
        err(f'{name}: special-category rule iff special non-empty')
    if r.get('hard_negative') and (sp or rules or r.get('diagnosis')):
        err(f'{name}: hard negative with special/rules/diagnosis')
    if r.get('diagnosis') and 'SPECIAL_HEALTH' not in sp:
        err(f'{name}: diagnosis without SPECIAL_HEALTH')
    if ('sickness-diagnosis' in rules) != (bool(r.get('diagnosis')) and hr is True):
        err(f'{name}: sickness-diagnosis iff diagnosis and HR record')
    has_bsn = kinds['NL_BSN'] > 0
    if ('bsn-on-cv' in rules) != (has_bsn and dt in CANDIDATE_TYPES):
        err(f'{name}: bsn-on-cv iff BSN in cv/motivation_letter')
    if ('bsn-outside-hr' in rules) != (has_bsn and hr is False):
        err(f'{name}: bsn-outside-hr iff BSN outside an HR record')
    if hr and dt in CANDIDATE_TYPES:
        err(f'{name}: a cv/motivation letter is never an HR record')
    if ('iban-on-cv' in rules) != (kinds['IBAN_CODE'] > 0 and dt in CANDIDATE_TYPES):
        err(f'{name}: iban-on-cv iff IBAN evidence in cv/motivation_letter')
    if ('id-document-on-cv' in rules) != (kinds['NL_ID_DOCUMENT'] > 0 and dt == 'cv'):
        err(f'{name}: id-document-on-cv iff ID evidence in a cv')
    # whole-document scans
    for m in re.finditer(r'(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)(?![A-Z0-9])', doc):
        cand = m.group(1)
        if re.fullmatch(r'NL\d{9}B\d{2}', cand):
            continue  # a btw-identificatienummer, not an IBAN
        if cand[:2] in IBAN_LEN and len(cand.replace(' ', '')) >= 14 and not iban_ok(cand):
            err(f'{name}: IBAN-like {cand!r} invalid')
    for m in re.finditer(r'(?<![\d\w])(\d{3}[ .]?\d{3}[ .]?\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{5} \d{4})(?![\d\w])', doc):
        d = re.sub(r'\D', '', m.group(1))
        if len(d) == 9 and bsn_ok(d) and d not in bsn_labelled.get(name, set()):
            err(f'{name}: unlabelled 11-check-valid number {m.group(1)!r}')
    lines = [l.strip() for l in doc.splitlines()]
    for i, l in enumerate(lines):
        if re.fullmatch(r'P<[A-Z<]{42}', l) and i + 1 < len(lines) and not td3_line2_ok(lines[i + 1]):
            err(f'{name}: TD3 MRZ with wrong check digits')
        if re.fullmatch(r'I<[A-Z0-9<]{28}', l) and i + 1 < len(lines) and not td1_ok(l, lines[i + 1]):
            err(f'{name}: TD1 MRZ with wrong check digits')
    for x in rules:
        cnt_rules[x] += 1
    for x in sp:
        cnt_special[x] += 1
    cnt_type[dt] += 1
    hn += bool(r.get('hard_negative'))
    diag += bool(r.get('diagnosis'))
    if has_bsn and hr:
        hr_bsn_ok += 1
    if dt == 'medical' and r.get('hard_negative'):
        absence_no_cause += 1

print(f'documents: {len(files)}  labels: {len(labels)}')
print('doc_type:', dict(sorted(cnt_type.items())))
print('rules:', dict(sorted(cnt_rules.items())))
print('special:', dict(sorted(cnt_special.items())))
print(f'hard_negative: {hn}  diagnosis: {diag}  BSN inside HR records (no rule): {hr_bsn_ok}  '
      f'absence records without a cause (medical, hard negative): {absence_no_cause}')
if errors:
    print(f'\n{len(errors)} ERROR(S):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
