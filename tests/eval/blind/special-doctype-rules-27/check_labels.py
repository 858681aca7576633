#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set special-doctype-rules-27."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
DUTCH_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s).zfill(9)
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c) or c[4:8] not in DUTCH_BANKS: return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

errors = []
def err(m): errors.append(m)

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
labelled = [r["doc"] for r in rows]
if sorted(labelled) != docs: err(f"docs vs label rows differ: {set(docs) ^ set(labelled)}")
if len(set(labelled)) != len(labelled): err("duplicate label rows")

ent_count, lang_count, type_count, rule_count, spec_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): err(f"{r['doc']}: missing file"); continue
    text = open(path, encoding="utf-8").read()
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", r["doc"]): err(f"{r['doc']}: bad file name")
    if r.get("lang") not in ("nl", "en"): err(f"{r['doc']}: lang")
    if r.get("doc_type") not in DOC_TYPES: err(f"{r['doc']}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): err(f"{r['doc']}: {k} not bool")
    for ru in r.get("rules", []):
        if ru not in RULES: err(f"{r['doc']}: rule {ru}")
    special = r.get("special", [])
    for s in special:
        if s not in ENTITIES or not s.startswith("SPECIAL_"): err(f"{r['doc']}: special {s}")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if set(special) != ev_special: err(f"{r['doc']}: special list and special evidence differ")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): err(f"{r['doc']}: diagnosis vs rule")
    if bool(special) != ("special-category" in r["rules"]): err(f"{r['doc']}: special vs rule")
    if r["hard_negative"] and (special or r["rules"]): err(f"{r['doc']}: hard negative with findings")
    for kind in ("evidence", "decoys"):
        for e in r.get(kind, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES: err(f"{r['doc']}: entity {ent}")
            if "\n" in t or "\r" in t: err(f"{r['doc']}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(f"{r['doc']}: {kind} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): err(f"{r['doc']}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): err(f"{r['doc']}: IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): err(f"{r['doc']}: bad ID shape: {t}")
            if kind == "evidence": ent_count[ent] += 1
    # every BSN-looking / IBAN-looking token in the text must be labelled (evidence or decoy)
    labelled_texts = {e["text"] for e in r["evidence"] + r.get("decoys", [])}
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and m.group() not in labelled_texts:
            err(f"{r['doc']}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"NL\d{2} ?[A-Z]{4}(?: ?\d{2,4}){3,5}", text):
        if m.group().strip() not in labelled_texts:
            err(f"{r['doc']}: unlabelled IBAN-like {m.group()!r}")
    if "bsn-on-cv" in r["rules"] and r["doc_type"] not in ("cv", "motivation_letter"): err(f"{r['doc']}: bsn-on-cv on non-CV")
    if "iban-on-cv" in r["rules"] and r["doc_type"] not in ("cv", "motivation_letter"): err(f"{r['doc']}: iban-on-cv on non-CV")
    lang_count[r["lang"]] += 1; type_count[r["doc_type"]] += 1
    for ru in r["rules"]: rule_count[ru] += 1
    for s in special: spec_count[s] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  by language: {dict(lang_count)}")
print(f"doc_type: {dict(sorted(type_count.items()))}")
print(f"hard_negative: {hn} ({hn / len(rows):.0%})  diagnosis: {diag}")
print(f"special: {dict(sorted(spec_count.items()))}")
print(f"rules: {dict(sorted(rule_count.items()))}")
print(f"evidence entities: {dict(sorted(ent_count.items()))}")
print(f"decoys: {sum(len(r.get('decoys', [])) for r in rows)}")
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
