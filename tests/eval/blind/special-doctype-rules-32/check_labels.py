#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no dependencies)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
SPECIALS = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NNBA"}

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s) or s == "000000000":
        return False
    return (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and (len(s) != 18 or s[4:8] not in NL_BANKS):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    if s.startswith("I<NLD") or s.startswith("P<NLD"):
        return True  # MRZ line, checked below via its document number
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

def ww(text, doc):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc) is not None

errors, warnings = [], []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = collections.Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1:
        errors.append(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files:
        errors.append(f"label row for missing doc {d}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        errors.append(f"bad file name {d}")

ev_count = collections.Counter()
for r in rows:
    d = r["doc"]
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errors.append(f"{d}: lang")
    if r.get("doc_type") not in DOC_TYPES: errors.append(f"{d}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): errors.append(f"{d}: {k} not bool")
    for s in r.get("special", []):
        if s not in SPECIALS: errors.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errors.append(f"{d}: rule {ru}")
    ev_specials = set()
    for e in r.get("evidence", []):
        ent, t = e["entity"], e["text"]
        ev_count[ent] += 1
        if ent not in ENTITIES: errors.append(f"{d}: entity {ent}")
        if "\n" in t or "\r" in t: errors.append(f"{d}: label spans line break: {t!r}")
        if not ww(t, text): errors.append(f"{d}: not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{d}: IBAN fails mod-97/bank {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{d}: ID number shape {t}")
        if ent in SPECIALS: ev_specials.add(ent)
    for dec in r.get("decoys", []):
        if dec["entity"] == "NL_BSN" and not bsn_ok(dec["text"]):
            errors.append(f"{d}: BSN decoy fails 11-check {dec['text']}")
    if ev_specials != set(r.get("special", [])):
        errors.append(f"{d}: special {r.get('special')} vs evidence {sorted(ev_specials)}")
    if r.get("special") and "special-category" not in r.get("rules", []):
        errors.append(f"{d}: special stated but no special-category rule")
    if r.get("diagnosis") and "sickness-diagnosis" not in r.get("rules", []):
        errors.append(f"{d}: diagnosis without sickness-diagnosis rule")
    if r.get("hard_negative") and r.get("special"):
        errors.append(f"{d}: hard negative with stated special category")
    # completeness: every 11-check-valid 9-digit number and every NL IBAN in the text is labelled
    labelled = {e["text"] for e in r.get("evidence", [])} | {x["text"] for x in r.get("decoys", [])}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            warnings.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled:
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    bsn_rules = {"bsn-on-cv", "bsn-outside-hr"} & set(r.get("rules", []))
    has_bsn = any(e["entity"] == "NL_BSN" for e in r.get("evidence", []))
    if bsn_rules and not has_bsn: errors.append(f"{d}: BSN rule without BSN evidence")

print("documents:", len(files), dict(collections.Counter(r["lang"] for r in rows)))
print("hard negatives:", sum(r["hard_negative"] for r in rows), "| diagnosis:", sum(r["diagnosis"] for r in rows))
print("doc_type:", dict(collections.Counter(r["doc_type"] for r in rows)))
print("special:", dict(collections.Counter(s for r in rows for s in r["special"])))
print("rules:", dict(collections.Counter(s for r in rows for s in r["rules"])))
print("evidence:", dict(ev_count))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
if errors:
    sys.exit(1)
print("OK")
