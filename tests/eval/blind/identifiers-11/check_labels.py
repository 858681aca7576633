#!/usr/bin/env python3
"""Check labels.jsonl of the blind set identifiers-11 against docs/ (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
ENTITIES = {'PERSON', 'NL_BSN', 'DATE_OF_BIRTH', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN_CODE',
            'NL_ID_DOCUMENT', 'NL_DRIVERS_LICENSE', 'NL_KVK', 'NL_VAT', 'SPECIAL_HEALTH',
            'SPECIAL_RELIGION', 'SPECIAL_ETHNICITY', 'SPECIAL_POLITICS', 'SPECIAL_TRADE_UNION',
            'SPECIAL_SEXUAL_ORIENTATION', 'SPECIAL_CRIMINAL', 'SPECIAL_BIOMETRIC'}
IBAN_LEN = {'NL': 18, 'DE': 22, 'GB': 22, 'PL': 28, 'AT': 20}
NL_BANKS = {'ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'}
BAD_SLUG = ('bsn', 'negative', 'religion', 'decoy')
errors = []


def err(doc, msg):
    errors.append('%s: %s' % (doc, msg))


def eleven(d):
    if len(d) == 8:
        d = '0' + d
    if not re.fullmatch(r'\d{9}', d):
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != '000000000'


def iban_ok(v):
    c = re.sub(r'[\s.\-]', '', v).upper()
    if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]]:
        return False
    if c[:2] == 'NL' and c[4:8] not in NL_BANKS:
        return False
    n = ''.join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(n) % 97 == 1


def vat_ok(v):
    c = re.sub(r'[\s.]', '', v).upper()
    m = re.fullmatch(r'NL(\d{9})B\d{2}', c)
    if not m:
        return False
    if eleven(m.group(1)):
        return True
    n = ''.join(str(int(ch, 36)) for ch in c)
    return int(n) % 97 == 1


def check_value(doc, ent, text, decoy):
    digits = re.sub(r'\D', '', text)
    if ent == 'NL_BSN':
        if not eleven(digits):
            err(doc, '%s %r fails the 11-check' % ('decoy' if decoy else 'BSN', text))
    elif decoy:
        return
    elif ent == 'IBAN_CODE' and not iban_ok(text):
        err(doc, 'bad IBAN %r' % text)
    elif ent == 'NL_VAT' and not vat_ok(text):
        err(doc, 'bad VAT %r' % text)
    elif ent == 'NL_KVK' and len(digits) != 8:
        err(doc, 'bad KvK %r' % text)
    elif ent == 'NL_DRIVERS_LICENSE' and len(digits) != 10:
        err(doc, 'bad driving licence %r' % text)
    elif ent == 'NL_ID_DOCUMENT':
        c = re.sub(r'\s', '', text).upper()
        if not (re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', c) or '<' in c):
            err(doc, 'bad ID number %r' % text)
    elif ent == 'EMAIL_ADDRESS' and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[A-Za-z]{2,}', text):
        err(doc, 'bad e-mail %r' % text)
    elif ent == 'PHONE_NUMBER' and len(digits) < 9:
        err(doc, 'phone too short %r' % text)
    elif ent == 'DATE_OF_BIRTH' and not re.search(r'\d', text):
        err(doc, 'date without digits %r' % text)


def main():
    counts, dcounts = Counter(), Counter()
    langs = Counter()
    seen = set()
    path = os.path.join(HERE, 'labels.jsonl')
    with open(path, encoding='utf-8') as f:
        rows = [json.loads(l) for l in f if l.strip()]
    files = set(os.listdir(DOCS))
    for r in rows:
        doc = r.get('doc')
        if doc in seen:
            err(doc, 'listed twice')
        seen.add(doc)
        if doc not in files:
            err(doc, 'no such file')
            continue
        if not re.fullmatch(r'\d{3}-[a-z0-9.\-]+\.txt', doc) or any(b in doc.lower() for b in BAD_SLUG):
            err(doc, 'bad file name')
        if r.get('lang') not in ('nl', 'en'):
            err(doc, 'bad lang')
        langs[r.get('lang')] += 1
        text = open(os.path.join(DOCS, doc), encoding='utf-8').read()
        pairs = set()
        for key in ('entities', 'decoys'):
            for it in r.get(key, []):
                ent, t = it.get('entity'), it.get('text')
                if ent not in ENTITIES:
                    err(doc, 'unknown entity %r' % ent)
                if not t or t != t.strip():
                    err(doc, 'empty or padded text %r' % t)
                    continue
                n = len(re.findall(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text))
                if n == 0:
                    err(doc, '%s %r not found as a whole word' % (key, t))
                if (ent, t) in pairs:
                    err(doc, '%r both entity and decoy or duplicated' % t)
                pairs.add((ent, t))
                check_value(doc, ent, t, key == 'decoys')
                (dcounts if key == 'decoys' else counts)[ent] += 1
    for fn in sorted(files - seen):
        err(fn, 'document without labels')
    print('documents: %d (%s)' % (len(rows), ', '.join('%s %d' % kv for kv in sorted(langs.items()))))
    print('%-20s %8s %8s' % ('entity', 'labels', 'decoys'))
    for e in sorted(set(counts) | set(dcounts)):
        print('%-20s %8d %8d' % (e, counts[e], dcounts[e]))
    print('total %d labels, %d decoys' % (sum(counts.values()), sum(dcounts.values())))
    if errors:
        for e in errors:
            print('ERROR', e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
