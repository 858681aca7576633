#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-61 blind set."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s): return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1: errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files: errors.append(f"label row for missing doc {d}")
ent_count, lang_count, hn = Counter(), Counter(), 0
for r in rows:
    doc = r["doc"]
    text = open(os.path.join(DOCS, doc), encoding="utf-8").read()
    lang_count[r["lang"]] += 1
    hn += bool(r["hard_negative"])
    if r["lang"] not in ("nl", "en"): errors.append(f"{doc}: lang")
    if r["doc_type"] not in DOC_TYPES: errors.append(f"{doc}: doc_type {r['doc_type']}")
    for ru in r["rules"]:
        if ru not in RULES: errors.append(f"{doc}: rule {ru}")
    for s in r["special"]:
        if not s.startswith("SPECIAL_") or s not in ENTITIES: errors.append(f"{doc}: special {s}")
        if not any(e["entity"] == s for e in r["evidence"]): errors.append(f"{doc}: no evidence for {s}")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{doc}: special vs special-category rule mismatch")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{doc}: diagnosis flag vs rule mismatch")
    for e in r["evidence"]:
        if e["entity"].startswith("SPECIAL_") and e["entity"] not in r["special"]:
            errors.append(f"{doc}: evidence {e['entity']} not in special")
    for kind in ("evidence", "decoys"):
        for e in r.get(kind, []):
            ent, t = e["entity"], e["text"]
            ent_count[(kind, ent)] += 1
            if ent not in ENTITIES: errors.append(f"{doc}: entity {ent}")
            if "\n" in t: errors.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: label not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN fails 11-check {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN fails mod-97 {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{doc}: ID shape {t}")
    # every BSN-/IBAN-looking string in the text must be labelled (evidence or decoy)
    labelled = {e["text"] for k in ("evidence", "decoys") for e in r.get(k, [])}
    for m in re.findall(r"(?<![\w-])\d{9}(?![\w-])", text):
        if bsn_ok(m) and m not in labelled: errors.append(f"{doc}: unlabelled 11-check number {m}")
    for m in re.findall(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m not in labelled: errors.append(f"{doc}: unlabelled IBAN {m}")
    for m in re.findall(r"(?<![\w@.-])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\w-])", text):
        if m not in labelled: errors.append(f"{doc}: unlabelled ID-shaped string {m}")

print(f"documents: {len(files)}  label rows: {len(rows)}  languages: {dict(lang_count)}")
print(f"hard negatives: {hn} ({100*hn/len(rows):.0f}%)")
print("doc_types:", dict(Counter(r['doc_type'] for r in rows)))
print("special:", dict(Counter(s for r in rows for s in r['special'])))
print("rules:", dict(Counter(x for r in rows for x in r['rules'])))
print("diagnosis true:", sum(r['diagnosis'] for r in rows))
for (k, e), n in sorted(ent_count.items()): print(f"{k} {e}: {n}")
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
