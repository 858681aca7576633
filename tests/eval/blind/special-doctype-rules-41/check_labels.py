#!/usr/bin/env python3
"""Own check of the labels of this blind document set (plain python3, no packages)."""
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
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    return (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s) and not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        err(d, f"has {seen[d]} label rows (want 1)")
for d in seen:
    if d not in docs:
        err(d, "label row without document")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9.-]+\.txt" % i, d):
        err(d, "bad file name or numbering gap")

ent_count = Counter()
for r in rows:
    d = r["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"):
        err(d, "lang")
    if r.get("doc_type") not in DOC_TYPES:
        err(d, f"doc_type {r.get('doc_type')}")
    if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
        err(d, "hard_negative/diagnosis must be bool")
    for s in r.get("special", []):
        if s not in SPECIAL:
            err(d, f"special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES:
            err(d, f"rule {ru}")
    # consistency between labels
    if r["special"] and "special-category" not in r["rules"]:
        err(d, "special stated but no special-category rule")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        err(d, "diagnosis flag and sickness-diagnosis rule disagree")
    if r["hard_negative"] and r["special"]:
        err(d, "hard negative with stated special category")
    ev_special = {e["entity"] for e in r.get("evidence", []) if e["entity"] in SPECIAL}
    if ev_special != set(r["special"]):
        err(d, f"special {r['special']} vs evidence {sorted(ev_special)}")
    for kind in ("evidence", "decoys"):
        for e in r.get(kind, []):
            ent, t = e["entity"], e["text"]
            ent_count[(kind, ent)] += 1
            if ent not in ENTITIES:
                err(d, f"entity {ent}")
            if "\n" in t:
                err(d, f"label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(d, f"{kind} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t):
                err(d, f"BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t):
                err(d, f"IBAN fails mod-97: {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t):
                err(d, f"ID number shape: {t}")
    # every 9-digit number that passes the 11-check must be labelled (BSN or decoy)
    labelled = {e["text"] for e in r.get("evidence", []) + r.get("decoys", [])}
    for m in re.finditer(r"(?<![\w.,])\d{9}(?![\w])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            err(d, f"unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m.group() not in labelled:
            err(d, f"unlabelled IBAN {m.group()}")
    has_bsn = any(e["entity"] == "NL_BSN" for e in r.get("evidence", []))
    if "bsn-on-cv" in r["rules"] and not has_bsn:
        err(d, "bsn-on-cv without BSN evidence")
    if "bsn-outside-hr" in r["rules"] and not has_bsn:
        err(d, "bsn-outside-hr without BSN evidence")

print(f"documents: {len(docs)}  label rows: {len(rows)}")
print("languages:", dict(Counter(r["lang"] for r in rows)))
print("doc_types:", dict(Counter(r["doc_type"] for r in rows)))
print("hard negatives:", sum(r["hard_negative"] for r in rows),
      " diagnosis:", sum(r["diagnosis"] for r in rows))
print("special:", dict(Counter(s for r in rows for s in r["special"])))
print("rules:", dict(Counter(s for r in rows for s in r["rules"])))
print("labels:", {f"{k}:{e}": n for (k, e), n in sorted(ent_count.items())})
if errors:
    print("\n".join(errors))
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
