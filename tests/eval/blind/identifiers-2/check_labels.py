#!/usr/bin/env python3
"""Check labels.jsonl against docs/: every label occurs in its document with
(?<!\\w)TEXT(?!\\w) (case-sensitive); BSNs and BSN decoys pass the 11-check;
IBANs pass mod-97; entity labels do not fall inside a decoy occurrence.
Prints counts per entity. Exit 1 on any error."""
import json, re, sys, collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC_TYPES = {'cv', 'motivation_letter', 'id_copy', 'payslip', 'employment_contract',
             'medical', 'vog', 'camera_footage', 'other'}


def elf(s):
    d = re.sub(r'\D', '', s)
    if len(d) == 8:
        d = '0' + d
    if len(d) != 9:
        return False
    return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


def iban_ok(s):
    s = re.sub(r'\s', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def spans(text, t):
    return [(m.start(), m.end()) for m in re.finditer(r'(?<!\w)' + re.escape(t) + r'(?!\w)', text)]


def main():
    errors = []
    ent_strings = collections.Counter()
    dec_strings = collections.Counter()
    docs_seen = set()
    for line in (HERE / 'labels.jsonl').read_text(encoding='utf-8').splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        name = rec['doc']
        docs_seen.add(name)
        p = HERE / 'docs' / name
        if not p.exists():
            errors.append(f'{name}: missing document'); continue
        text = p.read_text(encoding='utf-8')
        if rec.get('lang') not in ('nl', 'en'):
            errors.append(f'{name}: bad lang')
        if rec.get('doc_type') not in DOC_TYPES:
            errors.append(f'{name}: bad doc_type')
        dec_spans = []
        for d in rec.get('decoys', []):
            s = spans(text, d['text'])
            if not s:
                errors.append(f"{name}: decoy not found: {d['entity']} {d['text']!r}")
            if d['entity'] == 'NL_BSN':
                num = re.match(r'[\d .\-]+', d['text'])
                if not num or not elf(num.group(0).strip()):
                    errors.append(f"{name}: BSN decoy fails 11-check: {d['text']!r}")
            dec_strings[d['entity']] += 1
            dec_spans += [(a, b, d['entity']) for a, b in s]
        ent_spans = []
        for e in rec.get('entities', []):
            t, ent = e['text'], e['entity']
            s = spans(text, t)
            if not s:
                errors.append(f'{name}: label not found: {ent} {t!r}')
            if ent == 'NL_BSN' and not elf(t):
                errors.append(f'{name}: BSN fails 11-check: {t!r}')
            if ent == 'IBAN_CODE' and not iban_ok(t):
                errors.append(f'{name}: IBAN fails mod-97: {t!r}')
            if ent == 'NL_ID_DOCUMENT' and not re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}\d', t):
                errors.append(f'{name}: bad ID document number: {t!r}')
            if ent == 'NL_VAT' and not re.fullmatch(r'NL\d{9}B\d{2}', t):
                errors.append(f'{name}: bad VAT: {t!r}')
            if ent == 'NL_KVK' and not re.fullmatch(r'\d{8}', t):
                errors.append(f'{name}: bad KvK: {t!r}')
            if ent == 'NL_DRIVERS_LICENSE' and not re.fullmatch(r'\d{10}', t):
                errors.append(f'{name}: bad driving licence: {t!r}')
            ent_strings[ent] += 1
            ent_spans += [(a, b, ent, t) for a, b in s]
        # an entity occurrence must not sit inside a decoy occurrence of the same entity type,
        # nor inside an occurrence of a different entity type (another sense)
        for a, b, ent, t in ent_spans:
            for c, d_, dent in dec_spans:
                if c <= a and b <= d_ and dent == ent and (c, d_) != (a, b):
                    errors.append(f'{name}: {ent} {t!r} occurs inside decoy at {c}')
            for c, d_, ent2, t2 in ent_spans:
                if ent2 != ent and c <= a and b <= d_ and not (ent == 'NL_BSN' and ent2 == 'NL_KVK'):
                    errors.append(f'{name}: {ent} {t!r} occurs inside {ent2} {t2!r}')
    on_disk = {p.name for p in (HERE / 'docs').glob('*.txt')}
    for n in sorted(on_disk - docs_seen):
        errors.append(f'{n}: document without labels line')
    print(f'documents: {len(docs_seen)}')
    print('entity label strings:')
    for k, v in sorted(ent_strings.items()):
        print(f'  {k:20s} {v}')
    print('decoy label strings:')
    for k, v in sorted(dec_strings.items()):
        print(f'  {k:20s} {v}')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
