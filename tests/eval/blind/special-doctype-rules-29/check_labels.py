#!/usr/bin/env python3
"""Author's own label check for the blind set special-doctype-rules-29 (plain python3)."""
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
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        err(f, f"has {seen[f]} label rows")
for d in seen:
    if d not in files:
        err(d, "label row without document")
for i, f in enumerate(files, 1):
    if not f.startswith(f"{i:03d}-"):
        err(f, "numbering gap")

ent_count, type_count, rule_count, spec_count, lang_count = Counter(), Counter(), Counter(), Counter(), Counter()
hn = diag = 0
for r in rows:
    doc = r["doc"]
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            err(doc, f"missing key {k}")
    if r["lang"] not in ("nl", "en"):
        err(doc, "bad lang")
    if r["doc_type"] not in DOC_TYPES:
        err(doc, "bad doc_type")
    for ru in r["rules"]:
        if ru not in RULES:
            err(doc, f"bad rule {ru}")
    for s in r["special"]:
        if not s.startswith("SPECIAL_") or s not in ENTITIES:
            err(doc, f"bad special {s}")
    # consistency between fields
    if r["special"] and "special-category" not in r["rules"]:
        err(doc, "special stated but no special-category rule")
    if not r["special"] and "special-category" in r["rules"]:
        err(doc, "special-category rule without special")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        err(doc, "diagnosis flag and sickness-diagnosis rule disagree")
    if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]:
        err(doc, "diagnosis without SPECIAL_HEALTH")
    if r["hard_negative"] and r["special"]:
        err(doc, "hard negative with stated special category")
    ev_special = {e["entity"] for e in r["evidence"] if e["entity"].startswith("SPECIAL_")}
    if ev_special != set(r["special"]):
        err(doc, f"evidence special {ev_special} != special {r['special']}")
    ev_bsn = [e for e in r["evidence"] if e["entity"] == "NL_BSN"]
    ev_iban = [e for e in r["evidence"] if e["entity"] == "IBAN_CODE"]
    ev_id = [e for e in r["evidence"] if e["entity"] == "NL_ID_DOCUMENT"]
    if ("bsn-on-cv" in r["rules"]) and (not ev_bsn or r["doc_type"] not in ("cv", "motivation_letter")):
        err(doc, "bsn-on-cv inconsistent")
    if "bsn-outside-hr" in r["rules"] and not ev_bsn:
        err(doc, "bsn-outside-hr without BSN")
    if "iban-on-cv" in r["rules"] and (not ev_iban or r["doc_type"] not in ("cv", "motivation_letter")):
        err(doc, "iban-on-cv inconsistent")
    if "id-document-on-cv" in r["rules"] and (not ev_id or r["doc_type"] != "cv"):
        err(doc, "id-document-on-cv inconsistent")
    if r["doc_type"] in ("cv", "motivation_letter") and ev_bsn and "bsn-on-cv" not in r["rules"]:
        err(doc, "BSN on cv/letter without bsn-on-cv")
    if r["doc_type"] in ("cv", "motivation_letter") and ev_iban and "iban-on-cv" not in r["rules"]:
        err(doc, "IBAN on cv/letter without iban-on-cv")
    for kind in ("evidence", "decoys"):
        for e in r.get(kind, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENTITIES:
                err(doc, f"unknown entity {ent}")
            if "\n" in t or "\r" in t:
                err(doc, f"label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(doc, f"{kind} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t):
                err(doc, f"BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t):
                err(doc, f"IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t):
                err(doc, f"ID number shape wrong: {t}")
            if kind == "evidence":
                ent_count[ent] += 1
    # every 9-digit number that passes the 11-check must be labelled as BSN or decoy
    labelled = {e["text"] for e in r["evidence"] + r.get("decoys", []) if e["entity"] == "NL_BSN"}
    for m in re.finditer(r"(?<![\w.,])\d{9}(?![\w.,])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            err(doc, f"unlabelled 11-check-valid number {m.group()}")
    # every NL IBAN-looking string must be labelled
    ibans = {e["text"].replace(" ", "") for e in r["evidence"] if e["entity"] == "IBAN_CODE"}
    for m in re.finditer(r"NL\d{2} ?[A-Z]{4}(?: ?\d){10}", text):
        if m.group().replace(" ", "") not in ibans:
            err(doc, f"unlabelled IBAN {m.group()}")
    type_count[r["doc_type"]] += 1
    lang_count[r["lang"]] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        spec_count[s] += 1
    hn += r["hard_negative"]
    diag += r["diagnosis"]

print(f"documents: {len(rows)}  languages: {dict(lang_count)}")
print(f"hard negatives: {hn} ({100*hn/max(len(rows),1):.0f}%)  diagnosis: {diag}")
print("doc_type:", dict(sorted(type_count.items())))
print("rules:", dict(sorted(rule_count.items())))
print("special:", dict(sorted(spec_count.items())))
print("evidence entities:", dict(sorted(ent_count.items())))
print("decoys:", sum(len(r.get("decoys", [])) for r in rows))
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
