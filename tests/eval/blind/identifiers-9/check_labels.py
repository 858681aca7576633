#!/usr/bin/env python3
"""Author's check of the identifiers-9 labels (plain python3, stdlib only).

- every labelled text (entity or decoy) occurs in its document as a whole word,
  case-sensitively: (?<!\\w)text(?!\\w)
- NL_BSN labels and NL_BSN decoys pass the 11-check (8 digits = leading zero dropped)
- IBAN_CODE labels pass mod-97 and the country length; Belgian and Polish inner checks
- NL_ID_DOCUMENT: 9 characters, 2 letters + 6 letters/digits + digit, no letter O
- NL_DRIVERS_LICENSE: 10 digits; NL_KVK: 8 digits; NL_VAT: NL + 9 digits + B + 2 digits, check
- field consistency: keys, entity names, lang, every doc has one line and vice versa,
  no text labelled twice in a document, no number both a label and a decoy anywhere
Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
ENTS = {'PERSON', 'NL_BSN', 'DATE_OF_BIRTH', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN_CODE',
        'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_KVK', 'NL_VAT'}
IBAN_LEN = {'NL': 18, 'DE': 22, 'BE': 16, 'GB': 22, 'PL': 28, 'FR': 27, 'ES': 24}
errors = []


def err(msg):
    errors.append(msg)


def digits(s):
    return re.sub(r'\D', '', s)


def elfproef(s):
    d = digits(s)
    if not re.fullmatch(r'[\d .\-]+', s.strip()):
        return False
    if len(d) == 8:
        d = '0' + d
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0 and d != '000000000'


def iban_ok(s):
    c = re.sub(r'[\s.\-]', '', s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc]:
        return False
    r = c[4:] + c[:4]
    if int(''.join(str(int(ch, 36)) for ch in r)) % 97 != 1:
        return False
    bban = c[4:]
    if cc == 'BE':
        chk = int(bban[:10]) % 97 or 97
        return chk == int(bban[10:])
    if cc == 'PL':
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(a) * b for a, b in zip(bban[:7], w)) % 10) % 10
        return chk == int(bban[7])
    if cc == 'NL':
        return bban[:4].isalpha() and bban[4:].isdigit()
    return True


def vat_ok(s):
    c = re.sub(r'[\s.]', '', s).upper()
    m = re.fullmatch(r'NL(\d{9})B(\d{2})', c)
    if not m:
        return False
    if elfproef(m.group(1)):
        return True
    t = ''.join(str(int(ch, 36)) for ch in 'NL' + m.group(1) + 'B' + m.group(2))
    return int(t) % 97 == 1


def id_ok(s):
    return re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', s) is not None


docs = sorted(f for f in os.listdir(DOCS) if f.endswith('.txt'))
seen = set()
counts = Counter()
dcounts = Counter()
langs = Counter()
numbers_label, numbers_decoy = {}, {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            continue
        o = json.loads(line)
        doc = o.get('doc')
        if set(o) != {'doc', 'lang', 'entities', 'decoys'}:
            err(f'line {ln}: keys {sorted(o)}')
        if doc in seen:
            err(f'{doc}: listed twice')
        seen.add(doc)
        if not re.fullmatch(r'\d{3}-[a-z0-9-]+\.txt', doc or ''):
            err(f'{doc}: bad file name')
        if o.get('lang') not in ('nl', 'en'):
            err(f'{doc}: lang {o.get("lang")}')
        langs[o.get('lang')] += 1
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            err(f'{doc}: no such document')
            continue
        text = open(path, encoding='utf-8').read()
        pairs = set()
        for kind, lst in (('entity', o['entities']), ('decoy', o['decoys'])):
            for lab in lst:
                e, t = lab.get('entity'), lab.get('text')
                need = {'entity', 'text'} | ({'why'} if kind == 'decoy' else set())
                if set(lab) != need:
                    err(f'{doc}: {kind} keys {sorted(lab)}')
                if e not in ENTS:
                    err(f'{doc}: unknown entity {e}')
                if not t or t != t.strip():
                    err(f'{doc}: empty or padded text {t!r}')
                    continue
                if (e, t) in pairs:
                    err(f'{doc}: {e} {t!r} labelled twice')
                pairs.add((e, t))
                if not re.search(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text):
                    err(f'{doc}: {kind} {e} {t!r} not found as a whole word')
                if e == 'NL_BSN' and not elfproef(t):
                    err(f'{doc}: {kind} NL_BSN {t!r} fails the 11-check')
                if kind == 'entity':
                    counts[e] += 1
                    if e == 'IBAN_CODE' and not iban_ok(t):
                        err(f'{doc}: IBAN {t!r} invalid')
                    if e == 'NL_ID_DOCUMENT' and not id_ok(t):
                        err(f'{doc}: ID document {t!r} bad format')
                    if e == 'NL_DRIVERS_LICENSE' and not re.fullmatch(r'\d{10}', t):
                        err(f'{doc}: driving licence {t!r} not 10 digits')
                    if e == 'NL_KVK' and not re.fullmatch(r'\d{8}', digits(t)):
                        err(f'{doc}: KvK {t!r} not 8 digits')
                    if e == 'NL_VAT' and not vat_ok(t):
                        err(f'{doc}: VAT {t!r} invalid')
                    if e == 'NL_BSN':
                        numbers_label.setdefault(digits(t).zfill(9), doc)
                else:
                    dcounts[e] += 1
                    if e == 'NL_BSN':
                        numbers_decoy.setdefault(digits(t).zfill(9), doc)
for n in set(numbers_label) & set(numbers_decoy):
    err(f'{n}: BSN label in {numbers_label[n]} and decoy in {numbers_decoy[n]}')
for d in docs:
    if d not in seen:
        err(f'{d}: document without labels line')

print(f'documents: {len(seen)}  ' + '  '.join(f'{k}={v}' for k, v in sorted(langs.items())))
print('labels: ' + ', '.join(f'{k}={v}' for k, v in sorted(counts.items())) + f'  (total {sum(counts.values())})')
print('decoys: ' + ', '.join(f'{k}={v}' for k, v in sorted(dcounts.items())) + f'  (total {sum(dcounts.values())})')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors else 0)
