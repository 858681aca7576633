#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set special-doctype-rules-26 (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON", "SPECIAL_HEALTH", "SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION",
            "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical", "vog",
             "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
         "id-document-on-cv"}  # retention-* and unscannable are not labelled in this set

def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) == 8: d = "0" + d
    if len(d) != 9 or re.sub(r"[\d ]", "", t): return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != "000000000"

def iban_ok(t):
    s = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(t):
    if len(t) == 44:  # MRZ line 2 of a passport: starts with the document number
        t = t[:9]
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t))

errors = []
def err(msg): errors.append(msg)

docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: err(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: err(f"label row for missing doc {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9-]+\.txt" % i, d): err(f"bad file name/numbering {d}")

ent_count, spec_count, rule_count, type_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    name = r["doc"]
    text = open(os.path.join(HERE, "docs", name), encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r: err(f"{name}: missing {k}")
    if r["lang"] not in ("nl", "en"): err(f"{name}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES: err(f"{name}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: err(f"{name}: special {s}")
    for x in r["rules"]:
        if x not in RULES: err(f"{name}: rule {x}")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]: err(f"{name}: diagnosis without rule")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]: err(f"{name}: diagnosis without SPECIAL_HEALTH")
    if r["special"] and "special-category" not in r["rules"]: err(f"{name}: special without rule")
    if r["hard_negative"] and r["special"]: err(f"{name}: hard negative that states special data")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]): err(f"{name}: special {r['special']} vs evidence {sorted(ev_special)}")
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if ("bsn-on-cv" in r["rules"]) and not has_bsn: err(f"{name}: bsn-on-cv without BSN")
    if ("bsn-outside-hr" in r["rules"]) and not has_bsn: err(f"{name}: bsn-outside-hr without BSN")
    for kind in ("evidence", "decoys"):
        for e in r.get(kind, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES: err(f"{name}: entity {ent}")
            if "\n" in t: err(f"{name}: label spans a line break: {t!r}")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0: err(f"{name}: {kind} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): err(f"{name}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): err(f"{name}: IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): err(f"{name}: ID number shape: {t}")
            if kind == "evidence": ent_count[ent] += 1
            else: ent_count["decoy:" + ent] += 1
    # every BSN-/IBAN-looking string in the text should be labelled (evidence or decoy)
    labelled = {e["text"].replace(" ", "") for e in r["evidence"] + r.get("decoys", [])}
    for m in re.findall(r"(?<![\w])\d{9}(?![\w])", text):
        if bsn_ok(m) and m not in labelled: err(f"{name}: unlabelled 11-check-valid number {m}")
    for m in re.findall(r"\bNL\d{2}(?: ?[A-Z]{4})(?: ?\d{2,4}){3,4}\b", text):
        if iban_ok(m) and m.replace(" ", "") not in labelled: err(f"{name}: unlabelled IBAN {m}")
    for s in r["special"]: spec_count[s] += 1
    for x in r["rules"]: rule_count[x] += 1
    type_count[r["doc_type"]] += 1; lang_count[r["lang"]] += 1
    hn += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(rows)}  by language: {dict(lang_count)}")
print(f"doc_type: {dict(sorted(type_count.items()))}")
print(f"hard_negative: {hn} ({100*hn/len(rows):.0f}%)  diagnosis: {diag}")
print(f"special: {dict(sorted(spec_count.items()))}")
print(f"rules: {dict(sorted(rule_count.items()))}")
print(f"evidence/decoys: {dict(sorted(ent_count.items()))}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
