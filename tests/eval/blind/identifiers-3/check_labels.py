#!/usr/bin/env python3
"""Author's own check of the identifiers-3 labels (plain python3, stdlib only).

Checks: every document has one labels line and vice versa; fields and entity names are valid;
every entity and decoy text occurs in its document as a whole word, case-sensitively
((?<!\\w)text(?!\\w)); no text is both a label and a decoy of the same entity; NL_BSN labels
and NL_BSN decoys pass the 11-check (8 or 9 digits, separators ignored; a decoy may carry a
suffix such as the L01 of a loonheffingennummer); IBANs pass mod-97 with the country length;
NL_VAT passes the 11-check of its 9 digits; NL_ID_DOCUMENT labels have the Dutch document-number
format. Also warns about 11-check-valid 9-digit numbers and e-mail addresses that are neither
labelled nor decoys. Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_KVK", "NL_VAT"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "RO": 24, "BG": 22, "PT": 25, "GB": 22,
            "TR": 26, "FR": 27, "ES": 24, "IT": 27}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def bsn_ok(digits):
    if len(digits) not in (8, 9) or not digits.isdigit():
        return False
    d = digits.zfill(9)
    if d == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


def iban_ok(text):
    s = re.sub(r"[\s.\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None


def main():
    docdir = os.path.join(HERE, "docs")
    files = sorted(f for f in os.listdir(docdir) if f.endswith(".txt"))
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    seen = Counter(r.get("doc") for r in recs)
    for f in files:
        if seen[f] != 1:
            err(f"{f}: {seen[f]} label lines")
    for d in seen:
        if d not in files:
            err(f"{d}: labelled but no such document")
    ent_count, dec_count, langs = Counter(), Counter(), Counter()
    for r in recs:
        name = r.get("doc")
        if set(r) != {"doc", "lang", "entities", "decoys"}:
            err(f"{name}: unexpected keys {sorted(r)}")
        if r.get("lang") not in ("nl", "en"):
            err(f"{name}: bad lang {r.get('lang')}")
        langs[r.get("lang")] += 1
        if name not in files:
            continue
        doc = open(os.path.join(docdir, name), encoding="utf-8").read()
        labelled = set()
        for kind in ("entities", "decoys"):
            what = "label" if kind == "entities" else "decoy"
            for x in r.get(kind, []):
                e, t = x.get("entity"), x.get("text")
                if e not in ENTITIES:
                    err(f"{name}: unknown entity {e}")
                if not isinstance(t, str) or not t.strip():
                    err(f"{name}: empty text")
                    continue
                if kind == "decoys" and not x.get("why"):
                    err(f"{name}: decoy {t!r} without why")
                if not occurs(t, doc):
                    err(f"{name}: {what} {e} {t!r} not found as a whole word")
                digits = re.sub(r"\D", "", t)
                if e == "NL_BSN":
                    core = t
                    if kind == "decoys":
                        core = re.sub(r"L\d{2}$", "", t)  # loonheffingennummer suffix
                    if not bsn_ok(re.sub(r"[\s.\-]", "", core)):
                        err(f"{name}: {what} NL_BSN {t!r} fails the 11-check")
                if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                    err(f"{name}: IBAN {t!r} fails mod-97/format")
                if e == "NL_VAT" and kind == "entities":
                    m = re.fullmatch(r"NL(\d{9})B\d{2}", re.sub(r"[\s.]", "", t))
                    if not m or not bsn_ok(m.group(1)):
                        err(f"{name}: VAT {t!r} invalid")
                if e == "NL_ID_DOCUMENT" and kind == "entities":
                    if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", t):
                        err(f"{name}: ID document {t!r} has not the Dutch format")
                if e == "NL_KVK" and kind == "entities" and not re.fullmatch(r"\d{8}", digits):
                    err(f"{name}: KvK {t!r} is not 8 digits")
                if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", digits):
                    err(f"{name}: driving licence {t!r} is not 10 digits")
                (ent_count if kind == "entities" else dec_count)[e] += 1
                labelled.add(t)
        ents = {(x["entity"], x["text"]) for x in r.get("entities", [])}
        for x in r.get("decoys", []):
            if (x["entity"], x["text"]) in ents:
                err(f"{name}: {x['text']!r} is both label and decoy of {x['entity']}")
        covered = " ".join(labelled)
        for m in re.finditer(r"(?<![\w.])\d{9}(?!\w)", doc):
            if bsn_ok(m.group()) and m.group() not in covered:
                warnings.append(f"{name}: unlabelled 11-check number {m.group()}")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", doc):
            if m.group() not in labelled:
                warnings.append(f"{name}: unlabelled e-mail {m.group()}")
    print(f"documents: {len(files)}  ({dict(langs)})")
    print("entity label strings:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
    print("decoy strings:       ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
