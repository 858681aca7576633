#!/usr/bin/env python3
"""Check labels.jsonl of the blind running-text-1 evaluation set.

- every doc exists, lang and doc_type are valid
- every label / decoy text occurs in its doc on word boundaries
  ((?<!\\w)TEXT(?!\\w), case-sensitive)
- PERSON labels start and end with a word character (so plain \\b matching works too)
- no PERSON label occurrence overlaps a decoy occurrence in the same doc
- NL_BSN labels pass the 11-check, IBAN_CODE labels pass ISO 13616 mod-97
- the optional "persons" map (person id -> forms) agrees with the PERSON labels
Prints counts per entity, decoys and the number of distinct persons. Exit 1 on any problem.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITIES = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IBAN_CODE", "NL_BSN"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}


def spans(text, s):
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def iban_ok(v):
    v = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    n = "".join(str(int(c, 36)) for c in v[4:] + v[:4])
    return int(n) % 97 == 1


def main():
    errs = []
    counts = Counter()
    decoys = 0
    persons = set()
    docs = 0
    seen_docs = set()
    for ln, line in enumerate((HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        name = r["doc"]
        docs += 1
        if name in seen_docs:
            errs.append(f"{name}: duplicate row")
        seen_docs.add(name)
        path = HERE / "docs" / name
        if not path.exists():
            errs.append(f"{name}: missing doc")
            continue
        text = path.read_text(encoding="utf-8")
        if r.get("lang") not in ("nl", "en"):
            errs.append(f"{name}: bad lang")
        if r.get("doc_type") not in DOC_TYPES:
            errs.append(f"{name}: bad doc_type")
        dspans = []
        for d in r.get("decoys", []):
            sp = spans(text, d["text"])
            if not sp:
                errs.append(f"{name}: decoy not found: {d['text']!r}")
            if not d.get("why"):
                errs.append(f"{name}: decoy without why: {d['text']!r}")
            dspans += sp
            decoys += 1
        ptexts = set()
        for e in r["entities"]:
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES:
                errs.append(f"{name}: unknown entity {ent}")
            sp = spans(text, t)
            if not sp:
                errs.append(f"{name}: {ent} not found on word boundaries: {t!r}")
            counts[ent] += 1
            if ent == "PERSON":
                ptexts.add(t)
                if not (re.match(r"\w", t[0]) and re.match(r"\w", t[-1])):
                    errs.append(f"{name}: PERSON not word-bounded: {t!r}")
                for s, e2 in sp:
                    if any(a < e2 and s < b for a, b in dspans):
                        errs.append(f"{name}: PERSON {t!r} overlaps a decoy")
            if ent == "NL_BSN" and not bsn_ok(t):
                errs.append(f"{name}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t):
                errs.append(f"{name}: IBAN fails mod-97: {t}")
        pm = r.get("persons")
        if pm is not None:
            forms = {f for fs in pm.values() for f in fs}
            if forms != ptexts:
                errs.append(f"{name}: persons map disagrees with PERSON labels: {sorted(forms ^ ptexts)}")
            persons.update(pm)
    for e in errs:
        print("ERROR", e)
    print(f"docs: {docs}")
    for ent in sorted(counts):
        print(f"{ent}: {counts[ent]}")
    print(f"person decoys: {decoys}")
    print(f"distinct persons: {len(persons)}")
    print("OK" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
