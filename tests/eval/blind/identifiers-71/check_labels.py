#!/usr/bin/env python3
"""Own check of the identifiers-71 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
errors = []

def bsn_ok(s):
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = collections.Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")

cnt_e, cnt_d, langs = collections.Counter(), collections.Counter(), collections.Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: bad lang")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENTS:
                errors.append(f"{r['doc']}: unknown entity {e}")
            if "\n" in t or not t.strip():
                errors.append(f"{r['doc']}: bad text {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and re.fullmatch(r"\d{9}", t) and not bsn_ok(t):
                errors.append(f"{r['doc']}: {kind} BSN {t} fails 11-check")
            if e == "NL_BSN" and kind == "entities" and not (re.fullmatch(r"\d{9}", t) and bsn_ok(t)):
                errors.append(f"{r['doc']}: BSN entity {t} not 9 digits/11-check")
            if e == "IBAN_CODE" and not iban_ok(t):
                errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", t):
                errors.append(f"{r['doc']}: ID number {t} has wrong shape")
            if e == "NL_DRIVERS_LICENSE" and kind == "entities" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{r['doc']}: licence {t} not 10 digits")
            (cnt_e if kind == "entities" else cnt_d)[e] += 1
    # every bare 9-digit number and every NL IBAN in the text should be labelled one way or the other
    labelled = {l["text"] for l in r["entities"] + r["decoys"]}
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w.])", text):
        if m.group() not in labelled:
            errors.append(f"{r['doc']}: unlabelled 9-digit number {m.group()}")
    for m in re.finditer(r"\bNL\d\d[A-Z]{4}\d{10}\b", text):
        if m.group() not in labelled:
            errors.append(f"{r['doc']}: unlabelled IBAN {m.group()}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
        if m.group() not in labelled:
            errors.append(f"{r['doc']}: unlabelled e-mail {m.group()}")

print(f"documents: {len(docs)}  label rows: {len(rows)}  languages: {dict(langs)}")
print("entities:", dict(sorted(cnt_e.items())), "total", sum(cnt_e.values()))
print("decoys:  ", dict(sorted(cnt_d.items())), "total", sum(cnt_d.values()))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
