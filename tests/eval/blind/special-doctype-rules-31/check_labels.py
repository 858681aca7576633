#!/usr/bin/env python3
"""Own check of the labels of this blind set (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0 and d != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    lengths = {"NL": 18, "PL": 28, "RO": 24, "BG": 22, "UA": 29, "DE": 22, "BE": 16}
    if s[:2] in lengths and len(s) != lengths[s[:2]]: return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"{d}: label row without document")

ent_count, type_count, rule_count, spec_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r["doc"]
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad name")
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errors.append(f"{d}: lang")
    if r.get("doc_type") not in DOC_TYPES: errors.append(f"{d}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): errors.append(f"{d}: {k} not bool")
    for s in r.get("special", []):
        if s not in SPECIAL: errors.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errors.append(f"{d}: rule {ru}")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        errors.append(f"{d}: diagnosis flag and sickness-diagnosis rule disagree")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        errors.append(f"{d}: special list and special-category rule disagree")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    for key in ("evidence", "decoys"):
        for e in r.get(key, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES: errors.append(f"{d}: entity {ent}")
            if "\n" in t: errors.append(f"{d}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{d}: {key} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{d}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{d}: IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{d}: ID shape: {t}")
            if key == "evidence": ent_count[ent] += 1
            else: ent_count["decoy:" + ent] += 1
    # every BSN-looking 9-digit 11-check number in the text must be labelled (evidence or decoy)
    labelled = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<![\w.,])\d{9}(?![\w,.]\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check number {m.group()}")
    lang_count[r["lang"]] += 1; type_count[r["doc_type"]] += 1
    for s in r["special"]: spec_count[s] += 1
    for ru in r["rules"]: rule_count[ru] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  by language: {dict(lang_count)}")
print(f"doc_type: {dict(type_count)}")
print(f"hard_negative: {hn} ({100*hn/len(rows):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(spec_count)}")
print(f"rules: {dict(rule_count)}")
print(f"evidence/decoys: {dict(ent_count)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
