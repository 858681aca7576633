#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-13 entity set (plain python3).

Checks: every document has exactly one label line and vice versa; every labelled text occurs
in its document as a whole word; entity names come from SPEC; identifiers labelled as entities
are valid (BSN 11-check, IBAN mod-97 + country length + Dutch bank code, NL ID-document format
or MRZ check digits, driving licence 10 digits, KvK 8 digits, VAT NL+9+B+2 with check);
9-digit NL_BSN decoys pass the 11-check (otherwise they would be no test); IBAN decoys are invalid;
NL_ID_DOCUMENT decoys do not have the Dutch format; every e-mail address and every IBAN-looking
string in a text is labelled. Prints counts; exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SPEC_ENTITIES = {
    "NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
    "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
    "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
    "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC",
}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
SLUG_BAD = ("bsn", "negative", "religion", "decoy")

errors = []


def err(msg):
    errors.append(msg)


def digits(s):
    return re.sub(r"\D", "", s)


def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or re.search(r"[^\d .\-]", s):
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0 and d != "000000000"


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    if c[:2] == "NL" and (c[4:8] not in NL_BANKS or not c[8:].isdigit()):
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


def mrz_digit(s):
    w = (7, 3, 1)
    t = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        t += v * w[i % 3]
    return str(t % 10)


NL_ID_RE = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")


def nl_id_ok(s):
    if NL_ID_RE.fullmatch(s):
        return True
    if len(s) == 44 and s[10:13] == "NLD":  # TD3 MRZ line 2
        ok = (mrz_digit(s[0:9]) == s[9] and mrz_digit(s[13:19]) == s[19]
              and mrz_digit(s[21:27]) == s[27] and mrz_digit(s[28:42]) == s[42])
        comp = s[0:10] + s[13:20] + s[21:43]
        return ok and mrz_digit(comp) == s[43] and NL_ID_RE.fullmatch(s[0:9]) is not None
    return False


def vat_ok(s):
    c = re.sub(r"[\s.]", "", s).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    if not m:
        return False
    d = m.group(1)
    if sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) % 11 == int(d[8]):
        return True
    num = "".join(str(int(ch, 36)) for ch in "NL" + c[2:])
    return int(num) % 97 == 1


def occurs(text, body):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body) is not None


def main():
    files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    rows = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err(f"labels.jsonl line {n}: {e}")
    by_doc = {}
    for r in rows:
        if r.get("doc") in by_doc:
            err(f"{r.get('doc')}: labelled twice")
        by_doc[r.get("doc")] = r
    for f in files:
        if f not in by_doc:
            err(f"{f}: no label line")
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f):
            err(f"{f}: bad file name")
        if any(b in f.lower() for b in SLUG_BAD):
            err(f"{f}: slug contains a label word")
    for d in by_doc:
        if d not in files:
            err(f"{d}: label line without document")

    dutch_shaped_foreign = []
    ent_count = Counter()
    dec_count = Counter()
    langs = Counter()
    for f in files:
        r = by_doc.get(f)
        if r is None:
            continue
        body = open(os.path.join(DOCS, f), encoding="utf-8").read()
        if r.get("lang") not in ("nl", "en"):
            err(f"{f}: lang {r.get('lang')!r}")
        langs[r.get("lang")] += 1
        ents = r.get("entities", [])
        decs = r.get("decoys", [])
        etexts = {(e["entity"], e["text"]) for e in ents}
        for kind, items in (("entity", ents), ("decoy", decs)):
            for it in items:
                e, t = it.get("entity"), it.get("text")
                if e not in SPEC_ENTITIES:
                    err(f"{f}: unknown entity {e}")
                    continue
                if not t or not occurs(t, body):
                    err(f"{f}: {kind} {e} {t!r} not found as whole word")
                if kind == "entity":
                    ent_count[e] += 1
                    if e == "NL_BSN" and not bsn_ok(t):
                        err(f"{f}: BSN {t!r} fails 11-check")
                    if e == "IBAN_CODE" and not iban_ok(t):
                        err(f"{f}: IBAN {t!r} invalid")
                    if e == "NL_ID_DOCUMENT" and not nl_id_ok(t):
                        err(f"{f}: ID {t!r} not Dutch format / bad MRZ")
                    if e == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t):
                        err(f"{f}: DL {t!r} not 10 digits")
                    if e == "NL_KVK" and not re.fullmatch(r"\d{8}", t):
                        err(f"{f}: KvK {t!r} not 8 digits")
                    if e == "NL_VAT" and not vat_ok(t):
                        err(f"{f}: VAT {t!r} invalid")
                    if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
                        err(f"{f}: e-mail {t!r} malformed")
                    if e == "DATE_OF_BIRTH" and not re.search(r"\d", t):
                        err(f"{f}: date {t!r} has no digit")
                else:
                    dec_count[e] += 1
                    if (e, t) in etexts:
                        err(f"{f}: {e} {t!r} is both entity and decoy")
                    if e == "NL_BSN" and len(digits(t)) == 9 and re.fullmatch(r"[\d .\-]+", t) \
                            and not bsn_ok(t):
                        err(f"{f}: 9-digit BSN decoy {t!r} fails 11-check (no test)")
                    if e == "IBAN_CODE" and iban_ok(t):
                        err(f"{f}: IBAN decoy {t!r} is valid")
                    if e == "NL_ID_DOCUMENT" and nl_id_ok(t.replace(" ", "")):
                        # allowed on purpose: a foreign ID number that happens to have the
                        # Dutch shape (context says it is Polish/Irish/...); counted, not an error
                        dutch_shaped_foreign.append(f"{f}: {t}")
        labelled = {e["text"] for e in ents + decs}
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", body):
            if m.group(0) not in labelled:
                err(f"{f}: e-mail {m.group(0)!r} not labelled")
        for m in re.finditer(r"\b(?:NL|DE|GB|PL|AT)\s?\d{2}(?:\s?[A-Z0-9]{4}){3,6}(?:\s?[A-Z0-9]{1,3})?\b", body):
            cand = m.group(0)
            if not any(cand in t or t in cand for t in labelled):
                err(f"{f}: IBAN-like {cand!r} not labelled")

    print(f"documents: {len(files)}  languages: {dict(langs)}")
    print("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(ent_count.items())))
    print("decoys:   " + ", ".join(f"{k} {v}" for k, v in sorted(dec_count.items())))
    print(f"total entity labels {sum(ent_count.values())}, decoy labels {sum(dec_count.values())}")
    print(f"foreign ID decoys with Dutch shape (intended, context decides): {len(dutch_shaped_foreign)}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
