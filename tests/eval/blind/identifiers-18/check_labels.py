#!/usr/bin/env python3
"""Author's check of labels.jsonl for the identifiers-18 entity set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
BAD_SLUG = ("bsn", "negative", "religion", "decoy")

errors, warnings = [], []

def err(msg):
    errors.append(msg)

def elf(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def vat_ok(s):
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    if not m:
        return False
    if elf(m.group(1)):
        return True
    num = "".join(str(int(c, 36)) for c in "NL" + m.group(1) + "B" + m.group(2))
    return int(num) % 97 == 1

def occurs(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

def validate(ent, text, where):
    digits = re.sub(r"\D", "", text)
    if ent == "NL_BSN":
        if not (re.fullmatch(r"[\d .\-]+", text) and elf(digits)):
            err(f"{where}: NL_BSN {text!r} fails the 11-check")
    elif ent == "IBAN_CODE":
        if not iban_ok(text):
            err(f"{where}: IBAN {text!r} invalid")
    elif ent == "NL_ID_DOCUMENT":
        if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", text):
            err(f"{where}: ID number {text!r} has wrong format")
    elif ent == "NL_VAT":
        if not vat_ok(text):
            err(f"{where}: VAT {text!r} invalid")
    elif ent == "NL_KVK":
        if not re.fullmatch(r"\d{8}", text):
            err(f"{where}: KvK {text!r} is not 8 digits")
    elif ent == "NL_DRIVERS_LICENSE":
        if not re.fullmatch(r"\d{10}", text):
            err(f"{where}: driving licence {text!r} is not 10 digits")
    elif ent == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
            err(f"{where}: e-mail {text!r} malformed")
    elif ent == "PHONE_NUMBER":
        if len(digits) < 6:
            err(f"{where}: phone {text!r} too short")
    elif ent == "DATE_OF_BIRTH":
        if len(digits) < 2:
            err(f"{where}: date {text!r} has no digits")

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            try:
                labels.append(json.loads(line))
            except ValueError as e:
                err(f"labels.jsonl line {n}: {e}")

files = sorted(x for x in os.listdir(DOCS) if x.endswith(".txt"))
names = [d.get("doc") for d in labels]
for x in files:
    if not re.fullmatch(r"\d{3}-[a-z0-9\-]+\.txt", x):
        err(f"{x}: bad file name")
    if any(b in x.lower() for b in BAD_SLUG):
        err(f"{x}: slug contains a label word")
    if x not in names:
        err(f"{x}: no labels line")
for n in names:
    if n not in files:
        err(f"labels for missing doc {n}")
dup = [n for n, c in Counter(names).items() if c > 1]
if dup:
    err(f"duplicate label lines: {dup}")

ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
decoy_bsn_elf = 0
for d in labels:
    name = d.get("doc")
    if name not in files:
        continue
    text = open(os.path.join(DOCS, name), encoding="utf-8").read()
    if d.get("lang") not in ("nl", "en"):
        err(f"{name}: lang {d.get('lang')!r}")
    lang_count[d.get("lang")] += 1
    seen = set()
    for kind in ("entities", "decoys"):
        for item in d.get(kind, []):
            ent, t = item.get("entity"), item.get("text")
            where = f"{name} [{kind}]"
            if ent not in ENTITIES:
                err(f"{where}: unknown entity {ent!r}")
                continue
            if not t or not occurs(t, text):
                err(f"{where}: {ent} {t!r} does not occur as a whole word")
                continue
            if (ent, t) in seen:
                err(f"{where}: {ent} {t!r} is both a label and a decoy (or listed twice)")
            seen.add((ent, t))
            if kind == "entities":
                validate(ent, t, where)
                ent_count[ent] += 1
            else:
                dec_count[ent] += 1
                if ent == "NL_BSN" and elf(re.sub(r"\D", "", t)):
                    decoy_bsn_elf += 1
    # warn about 11-check-valid 9-digit numbers and IBAN-like strings left without a label
    covered = [i["text"] for k in ("entities", "decoys") for i in d.get(k, [])]
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if elf(m.group()) and not any(m.group() in c for c in covered):
            warnings.append(f"{name}: 11-check-valid {m.group()} has no label or decoy")
    for m in re.finditer(r"(?<![A-Z0-9])(NL|DE|GB|PL|AT)\d{2}[A-Z0-9]{10,30}(?!\w)", text):
        if not any(m.group() in c.replace(" ", "") for c in covered):
            warnings.append(f"{name}: IBAN-like {m.group()} has no label")

print(f"documents: {len(labels)} (nl {lang_count['nl']}, en {lang_count['en']})")
print("labelled texts per entity (entities / decoys):")
for e in sorted(set(ent_count) | set(dec_count)):
    print(f"  {e:20s} {ent_count[e]:4d} / {dec_count[e]:4d}")
print(f"  total                {sum(ent_count.values()):4d} / {sum(dec_count.values()):4d}")
print(f"NL_BSN decoys that pass the 11-check: {decoy_bsn_elf}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
