#!/usr/bin/env python3
"""Sanity check for the blind set hr-identifiers-1 (no third-party packages needed).

Checks that every labelled text occurs in its document (as a whole token: not preceded or
followed by a letter/digit/underscore), that every NL_BSN and every NL_BSN decoy passes the
11-check, that every IBAN passes mod-97 with the right length, that NL_VAT, NL_KVK,
NL_DRIVERS_LICENSE and NL_ID_DOCUMENT have their format (MRZ lines: check digits), that
entity names and doc types are the contract's, and prints counts.  Exit 1 on any problem.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "TR": 26, "FR": 27, "ES": 24, "GB": 22}


def elfproef(digits):
    if not re.fullmatch(r"\d{8,9}", digits):
        return False
    d = digits.zfill(9)
    if d == "000000000":
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def bsn_digits(text):
    m = re.fullmatch(r"([\d .\-]+?)(L\d\d)?", text)
    return re.sub(r"\D", "", m.group(1)) if m else ""


def iban_ok(text):
    c = re.sub(r"[\s.\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


def vat_ok(text):
    c = re.sub(r"[\s.\-]", "", text).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    if not m:
        return False
    if elfproef(m.group(1)):
        return True
    num = "".join(str(int(ch, 36)) for ch in c)
    return int(num) % 97 == 1


def mrz_cd(s):
    t = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        t += v * (7, 3, 1)[i % 3]
    return str(t % 10)


def id_ok(text):
    c = re.sub(r"\s", "", text).upper()
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", c):
        return True
    if len(c) == 44 and c[:9].isalnum():          # TD3 line 2 (passport)
        return (mrz_cd(c[0:9]) == c[9] and mrz_cd(c[13:19]) == c[19]
                and mrz_cd(c[21:27]) == c[27] and mrz_cd(c[28:42]) == c[42]
                and mrz_cd(c[0:10] + c[13:20] + c[21:43]) == c[43]
                and re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", c[:9]) is not None)
    if len(c) == 30 and c.startswith("I<NLD"):     # TD1 line 1 (identity card)
        return mrz_cd(c[5:14]) == c[14] and re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", c[5:14]) is not None
    return False


def main():
    errors = []
    ent_n, dec_n, types, langs = (collections.Counter() for _ in range(4))
    labelled = set()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for r in rows:
        doc = r["doc"]
        labelled.add(doc)
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: file missing")
            continue
        text = open(path, encoding="utf-8").read()
        nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not 15 <= nlines <= 120:
            errors.append(f"{doc}: {nlines} lines")
        if r.get("doc_type") not in DOC_TYPES:
            errors.append(f"{doc}: bad doc_type {r.get('doc_type')}")
        if r.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: bad lang {r.get('lang')}")
        types[r["doc_type"]] += 1
        langs[r["lang"]] += 1
        ents = {(e["entity"], e["text"]) for e in r["entities"]}
        for kind, items in (("entity", r["entities"]), ("decoy", r["decoys"])):
            for e in items:
                ent, t = e["entity"], e["text"]
                where = f"{doc}: {kind} {ent} {t!r}"
                if ent not in ENTITIES:
                    errors.append(f"{where}: unknown entity")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{where}: not found as a whole token")
                if kind == "decoy":
                    dec_n[ent] += 1
                    if not e.get("why"):
                        errors.append(f"{where}: decoy without why")
                    if (ent, t) in ents:
                        errors.append(f"{where}: also labelled as entity")
                    if ent == "NL_BSN" and not elfproef(bsn_digits(t)):
                        errors.append(f"{where}: BSN decoy fails 11-check")
                    continue
                ent_n[ent] += 1
                ok = True
                if ent == "NL_BSN":
                    ok = elfproef(bsn_digits(t)) and not t.strip().endswith(("L01", "L02"))
                elif ent == "IBAN_CODE":
                    ok = iban_ok(t)
                elif ent == "NL_VAT":
                    ok = vat_ok(t)
                elif ent == "NL_KVK":
                    ok = re.fullmatch(r"\d{8}", re.sub(r"[\s.]", "", t)) is not None
                elif ent == "NL_DRIVERS_LICENSE":
                    ok = re.fullmatch(r"\d{10}", re.sub(r"\s", "", t)) is not None
                elif ent == "NL_ID_DOCUMENT":
                    ok = id_ok(t)
                elif ent == "EMAIL_ADDRESS":
                    ok = re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t) is not None
                elif ent == "PHONE_NUMBER":
                    ok = 9 <= len(re.sub(r"\D", "", t)) <= 15
                if not ok:
                    errors.append(f"{where}: fails validation")
    for fn in sorted(os.listdir(DOCS)):
        if fn not in labelled:
            errors.append(f"{fn}: no label line")
    print(f"documents: {len(rows)}  ({dict(langs)})")
    print("entities (distinct written forms per document):")
    for k in sorted(ENTITIES):
        print(f"  {k:20s} {ent_n[k]}")
    print("decoys:")
    for k, v in sorted(dec_n.items()):
        print(f"  {k:20s} {v}")
    print("doc types:")
    for k, v in sorted(types.items()):
        print(f"  {k:20s} {v}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
