#!/usr/bin/env python3
"""Author's own check of labels.jsonl for blind set identifiers-5 (plain python3, stdlib only).

Checks: every doc file is listed once and every listed doc exists; field consistency; every
entity and decoy text occurs in its document by the README match rule
((?<!\\w)text(?!\\w), case-sensitive); NL_BSN labels and decoys pass the 11-check (8 or 9
digits, zero-padded); IBAN labels pass mod-97 and length; NL_ID_DOCUMENT / NL_DRIVERS_LICENSE
/ NL_KVK / NL_VAT labels have their format; DATE_OF_BIRTH label and decoy texts do not
collide; no text is both label and decoy of the same entity. Prints counts; exits 1 on error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {'PERSON', 'NL_BSN', 'DATE_OF_BIRTH', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN_CODE',
        'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_KVK', 'NL_VAT'}
IBAN_LEN = {'NL': 18, 'BE': 16, 'DE': 22, 'PL': 28, 'RO': 24, 'BG': 22, 'TR': 26, 'LT': 20, 'GB': 22}
errors = []

def err(msg):
    errors.append(msg)

def elf_ok(digits):
    if len(digits) not in (8, 9):
        return False
    d = digits.zfill(9)
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0 and d != '000000000'

def iban_ok(text):
    s = re.sub(r'[\s.\-]', '', text).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = int(''.join(str(int(c, 36)) for c in r))
    return n % 97 == 1

def vat_ok(text):
    s = re.sub(r'[\s.]', '', text).upper()
    m = re.fullmatch(r'NL(\d{9})B(\d{2})', s)
    if not m:
        return False
    d = m.group(1)
    if elf_ok(d):
        return True
    n = int(''.join(str(int(c, 36)) for c in 'NL' + d + 'B' + m.group(2)))
    return n % 97 == 1

def occurs(text, doc):
    return re.search(r'(?<!\w)' + re.escape(text) + r'(?!\w)', doc) is not None

rows = []
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err(f'labels.jsonl line {i}: not JSON ({e})')

docs_dir = os.path.join(HERE, 'docs')
files = sorted(x for x in os.listdir(docs_dir) if x.endswith('.txt'))
listed = [r.get('doc') for r in rows]
for dup in [d for d, c in Counter(listed).items() if c > 1]:
    err(f'{dup}: listed more than once')
for fn in files:
    if fn not in listed:
        err(f'{fn}: not in labels.jsonl')
    if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', fn):
        err(f'{fn}: bad file name')

ent_count, dec_count, langs = Counter(), Counter(), Counter()
for r in rows:
    name = r.get('doc')
    if set(r) != {'doc', 'lang', 'entities', 'decoys'}:
        err(f'{name}: keys {sorted(r)}')
    if r.get('lang') not in ('nl', 'en'):
        err(f'{name}: lang {r.get("lang")!r}')
    langs[r.get('lang')] += 1
    path = os.path.join(docs_dir, name or '')
    if not name or not os.path.isfile(path):
        err(f'{name}: file missing')
        continue
    with open(path, encoding='utf-8') as g:
        text = g.read()
    seen = set()
    for kind in ('entities', 'decoys'):
        lst = r.get(kind)
        if not isinstance(lst, list):
            err(f'{name}: {kind} not a list'); continue
        for e in lst:
            want = {'entity', 'text'} | ({'why'} if kind == 'decoys' else set())
            if set(e) != want:
                err(f'{name}: {kind} item keys {sorted(e)}'); continue
            ent, t = e['entity'], e['text']
            if ent not in ENTS:
                err(f'{name}: unknown entity {ent}')
            if not t or t != t.strip():
                err(f'{name}: empty or padded text {t!r}')
            if not occurs(t, text):
                err(f'{name}: {kind} {ent} {t!r} does not occur as a whole word')
            key = (kind, ent, t)
            if key in seen:
                err(f'{name}: duplicate {key}')
            seen.add(key)
            if kind == 'decoys' and not e['why'].strip():
                err(f'{name}: decoy {t!r} without why')
            digits = re.sub(r'\D', '', t)
            if ent == 'NL_BSN':
                if not re.fullmatch(r'[\d .\-]+', t) or not elf_ok(digits):
                    err(f'{name}: {kind} NL_BSN {t!r} fails the 11-check / format')
            if kind == 'entities':
                ent_count[ent] += 1
                if ent == 'IBAN_CODE' and not iban_ok(t):
                    err(f'{name}: IBAN {t!r} fails mod-97 / length')
                if ent == 'NL_ID_DOCUMENT' and not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', t):
                    err(f'{name}: ID document {t!r} has not the Dutch format')
                if ent == 'NL_DRIVERS_LICENSE' and not re.fullmatch(r'\d{10}', t):
                    err(f'{name}: driving licence {t!r} is not 10 digits')
                if ent == 'NL_KVK' and not re.fullmatch(r'\d{8}', t):
                    err(f'{name}: KvK {t!r} is not 8 digits')
                if ent == 'NL_VAT' and not vat_ok(t):
                    err(f'{name}: VAT {t!r} fails format/check')
                if ent == 'EMAIL_ADDRESS' and not re.fullmatch(r'[^@\s<>]+@[A-Za-z0-9.-]+\.[a-z]{2,}', t):
                    err(f'{name}: e-mail {t!r} malformed')
                if ent == 'PHONE_NUMBER' and not (8 <= len(digits) <= 15 or t == '14 013'):
                    err(f'{name}: phone {t!r} has {len(digits)} digits')
            else:
                dec_count[ent] += 1
    for e in r.get('entities', []):
        if ('decoys', e['entity'], e['text']) in seen:
            err(f'{name}: {e["entity"]} {e["text"]!r} is both label and decoy')

print(f'documents: {len(rows)} ({dict(langs)})')
print('labels :', ', '.join(f'{k} {v}' for k, v in sorted(ent_count.items(), key=lambda x: -x[1])))
print('decoys :', ', '.join(f'{k} {v}' for k, v in sorted(dec_count.items(), key=lambda x: -x[1])))
if errors:
    print(f'{len(errors)} ERROR(S):')
    for e in errors:
        print('  ' + e)
    sys.exit(1)
print('OK')
