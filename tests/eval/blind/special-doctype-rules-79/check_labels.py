#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no dependencies)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
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
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    return (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r.get("doc") for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows (want 1)")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d or ""):
        errors.append(f"bad doc name {d}")

ent_count, type_count, rule_count, spec_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    d = r.get("doc")
    if set(r) != KEYS:
        errors.append(f"{d}: keys {sorted(r)}")
        continue
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errors.append(f"{d}: hard_negative/diagnosis not bool")
    for s in r["special"]:
        if s not in SPECIAL:
            errors.append(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            errors.append(f"{d}: rule {ru}")
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{d}: special stated but no special-category rule")
    if not r["special"] and "special-category" in r["rules"]:
        errors.append(f"{d}: special-category rule without special")
    if r["diagnosis"] and ("sickness-diagnosis" not in r["rules"] or "SPECIAL_HEALTH" not in r["special"]):
        errors.append(f"{d}: diagnosis true but rule/special missing")
    if "sickness-diagnosis" in r["rules"] and not r["diagnosis"]:
        errors.append(f"{d}: sickness-diagnosis without diagnosis")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{d}: hard negative that states a special category")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e.get("entity"), e.get("text", "")
        if set(e) != {"entity", "text"} or ent not in ENTITIES:
            errors.append(f"{d}: bad evidence {e}")
            continue
        if "\n" in t or "\r" in t or not t.strip():
            errors.append(f"{d}: label spans a line break or is empty: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: label text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t):
            errors.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape {t}")
        if ent in SPECIAL:
            ev_special.add(ent)
        ent_count[ent] += 1
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    labelled = {e["text"] for e in r["evidence"]}
    # every 11-check-valid 9-digit number and every IBAN-shaped string must be labelled
    for m in re.finditer(r"(?<![\w])\d{9}(?![\w])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<![\w])NL\d{2}[A-Z]{4}\d{10}(?![\w])", text):
        if m.group() not in labelled:
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
        if not iban_ok(m.group()):
            errors.append(f"{d}: IBAN-shaped string fails mod-97 {m.group()}")
    if r["doc_type"] in ("cv", "motivation_letter") and "bsn-on-cv" not in r["rules"] and \
            any(e["entity"] == "NL_BSN" for e in r["evidence"]):
        errors.append(f"{d}: BSN on CV without bsn-on-cv")
    type_count[r["doc_type"]] += 1
    lang_count[r["lang"]] += 1
    rule_count.update(r["rules"])
    spec_count.update(r["special"])
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(files)}  label rows: {len(rows)}  languages: {dict(lang_count)}")
print(f"hard negatives: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print("doc types:", dict(type_count))
print("special:", dict(spec_count))
print("rules:", dict(rule_count))
print("evidence entities:", dict(ent_count))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
