#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set special-doctype-rules-44 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
            "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical", "vog",
             "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
         "id-document-on-cv"}
ID_RE = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
def err(m): errors.append(m)
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1: err(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files: err(f"label row for missing doc {d}")
nums = [f[:3] for f in files]
if nums != [f"{i:03d}" for i in range(1, len(files) + 1)]: err("doc numbering not 001..N")
stats = Counter(); langs = Counter(); types = Counter(); rulec = Counter(); specc = Counter(); ev = Counter()
for r in rows:
    f = r["doc"]
    txt = open(os.path.join(DOCS, f), encoding="utf-8").read()
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): err(f"{f}: lang")
    if r["doc_type"] not in DOC_TYPES: err(f"{f}: doc_type {r['doc_type']}")
    types[r["doc_type"]] += 1
    for k in ("special", "rules", "evidence"):
        if not isinstance(r.get(k), list): err(f"{f}: {k} not a list")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): err(f"{f}: {k} not bool")
    if r["hard_negative"]: stats["hard_negative"] += 1
    if r["diagnosis"]: stats["diagnosis"] += 1
    for s in r["special"]:
        if s not in SPECIAL: err(f"{f}: special {s}")
        specc[s] += 1
    for x in r["rules"]:
        if x not in RULES: err(f"{f}: rule {x}")
        rulec[x] += 1
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ev[ent] += 1
        if ent not in ENTITIES: err(f"{f}: entity {ent}")
        if "\n" in t: err(f"{f}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", txt): err(f"{f}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): err(f"{f}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): err(f"{f}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not ID_RE.match(t.replace(" ", "")): err(f"{f}: ID shape {t}")
        if ent in SPECIAL: ev_special.add(ent)
    if ev_special != set(r["special"]): err(f"{f}: special {r['special']} vs evidence {sorted(ev_special)}")
    if r["special"] and "special-category" not in r["rules"]: err(f"{f}: special without special-category rule")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: err(f"{f}: diagnosis without rule")
    for d in r.get("decoys", []):
        if d["entity"] == "NL_BSN" and not bsn_ok(d["text"]): err(f"{f}: BSN decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(d["text"]) + r"(?!\w)", txt): err(f"{f}: decoy not found {d['text']!r}")
    # every 9-digit 11-check-valid number in the text must be labelled (as evidence or decoy)
    labelled = {e["text"] for e in r["evidence"]} | {d["text"] for d in r.get("decoys", [])}
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w])", txt):
        if bsn_ok(m.group()) and m.group() not in labelled: err(f"{f}: unlabelled 11-check number {m.group()}")
print(f"docs: {len(files)}  label rows: {len(rows)}  langs: {dict(langs)}")
print(f"doc_types: {dict(types)}")
print(f"hard negatives: {stats['hard_negative']} ({100*stats['hard_negative']/max(1,len(rows)):.0f}%)  diagnosis: {stats['diagnosis']}")
print(f"special: {dict(specc)}")
print(f"rules: {dict(rulec)}")
print(f"evidence entities: {dict(ev)}")
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
