#!/usr/bin/env python3
"""Turn the hand-written label notes (notes.txt) into labels.jsonl.
Notes: '# <doc> <lang>' starts a document; 'P text' = PERSON entity, 'X text' = PERSON decoy,
'E ENTITY text' = entity, 'D ENTITY text' = decoy; '\\n' in a text stands for a line break."""
import json
docs = []
for line in open('notes.txt', encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    if line.startswith('# '):
        _, name, lang = line.split(' ')
        docs.append({'doc': name, 'lang': lang, 'entities': [], 'decoys': []})
        continue
    kind, rest = line.split(' ', 1)
    rest = rest.replace('\\n', '\n')
    if kind == 'P':
        docs[-1]['entities'].append({'entity': 'PERSON', 'text': rest})
    elif kind == 'X':
        docs[-1]['decoys'].append({'entity': 'PERSON', 'text': rest})
    elif kind in ('E', 'D'):
        ent, text = rest.split(' ', 1)
        docs[-1]['entities' if kind == 'E' else 'decoys'].append({'entity': ent, 'text': text})
    else:
        raise SystemExit('bad line: ' + line)
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(docs), 'docs written')
