#!/usr/bin/env python3
"""Author's check of identifiers-16 labels (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_KVK", "NL_VAT"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
errors = []
def err(doc, msg): errors.append(f"{doc}: {msg}")
def digits(s): return re.sub(r"\D", "", s)
def elf(d):
    return len(d) == 9 and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = re.sub(r"[\s'\"]", "", s).upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]: return False
    if s[:2] == "NL" and s[4:8] not in NL_BANKS: return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def vat_ok(s):
    s = re.sub(r"[\s.]", "", s).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    return bool(m) and elf(m.group(1))
def mrz_cd(s):
    w = [7, 3, 1]; t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)
def id_ok(s):
    if "<" in s:  # first MRZ line of a Dutch ID card / passport: document number + check digit
        m = re.match(r"[IP][A-Z<]NLD([A-Z0-9]{9})(\d)", s)
        return bool(m) and mrz_cd(m.group(1)) == m.group(2) and id_ok(m.group(1))
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set(); ce = Counter(); cd = Counter(); langs = Counter(); le = Counter(); ld = Counter()
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(line); d = r["doc"]; seen.add(d); langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): err(d, "bad lang")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): err(d, "bad name")
    for w in ("bsn", "negative", "religion", "decoy"):
        if w in d.lower(): err(d, "label word in slug")
    text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], ce), ("decoy", r["decoys"], cd)):
        for l in lst:
            (le if kind == "entity" else ld)[l["entity"]] += 1
            e, t = l["entity"], l["text"]
            if e not in ENTS: err(d, f"unknown entity {e}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: err(d, f"{kind} {e} {t!r} not found as whole word")
            cnt[e] += n
            if e == "NL_BSN" and not elf(digits(t).zfill(9)): err(d, f"{kind} BSN {t!r} fails 11-check")
            if kind == "entity":
                if e == "IBAN_CODE" and not iban_ok(t): err(d, f"IBAN {t!r} invalid")
                if e == "NL_VAT" and not vat_ok(t): err(d, f"VAT {t!r} invalid")
                if e == "NL_ID_DOCUMENT" and not id_ok(t): err(d, f"ID {t!r} bad format")
                if e == "NL_DRIVERS_LICENSE" and len(digits(t)) != 10: err(d, f"DL {t!r} not 10 digits")
                if e == "NL_KVK" and len(digits(t)) != 8: err(d, f"KvK {t!r} not 8 digits")
                if e == "EMAIL_ADDRESS" and "@" not in t: err(d, f"email {t!r}")
    # every entity label must not also be a decoy of the same entity
    E = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in E: err(d, f"{l} both entity and decoy")
for d in docs:
    if d not in seen: err(d, "no labels")
for d in seen:
    if d not in docs: err(d, "labels for missing doc")
print(f"documents: {len(docs)}  ({dict(langs)})")
print("entity labels:     ", dict(sorted(le.items())))
print("decoy labels:      ", dict(sorted(ld.items())))
print("entity occurrences:", dict(sorted(ce.items())))
print("decoy occurrences: ", dict(sorted(cd.items())))
if errors:
    print("\n".join(errors)); print(f"{len(errors)} ERRORS"); sys.exit(1)
print("OK")
