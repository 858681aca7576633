#!/usr/bin/env python3
"""Own check of the identifiers-69 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
        "SPECIAL_BIOMETRIC"}

def elf(s):
    return len(s) == 9 and s.isdigit() and \
        sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0

def mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) is not None and \
        int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [r["doc"] for r in rows]
for d in docs:
    if seen.count(d) != 1:
        errors.append(f"{d}: {seen.count(d)} label rows")
for s in seen:
    if s not in docs:
        errors.append(f"label row for missing doc {s}")
cnt = collections.Counter()
langs = collections.Counter()
for r in rows:
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r['lang']}")
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            cnt[(kind, e)] += 1
            if e not in ENTS:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or "\r" in t:
                errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: not found as whole word: {t!r}")
            if e == "NL_BSN":
                if kind == "entities" and not elf(t):
                    errors.append(f"{r['doc']}: BSN fails 11-check: {t}")
                # decoys: every 9-digit decoy must pass the 11-check; foreign
                # numbers of other lengths (PESEL, RNOKPP) are exempt
                if kind == "decoys" and t.isdigit() and len(t) == 9 and not elf(t):
                    errors.append(f"{r['doc']}: 9-digit BSN decoy fails 11-check: {t}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(t):
                errors.append(f"{r['doc']}: IBAN fails mod-97: {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities":
                core = t[5:14] if t.startswith("I<NLD") else t
                if not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", core):
                    errors.append(f"{r['doc']}: NL ID shape: {t}")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{r['doc']}: licence not 10 digits: {t}")
    for lab in r["entities"]:
        for dec in r["decoys"]:
            if lab["text"] == dec["text"] and lab["entity"] == dec["entity"]:
                errors.append(f"{r['doc']}: {lab['text']} both entity and decoy")

print(f"documents: {len(rows)}  languages: {dict(langs)}")
for kind in ("entities", "decoys"):
    print(kind + ":")
    for (k, e), n in sorted(cnt.items()):
        if k == kind:
            print(f"  {e:20s} {n}")
for e in errors:
    print("ERROR", e)
if errors:
    sys.exit(1)
print("OK")
