#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the special-doctype-rules-68 blind set."""
import collections, json, os, re, sys

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

def bsn_ok(t):
    d = re.sub(r"\D", "", t)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != "000000000"

def iban_ok(t):
    s = t.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(t):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", t))

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
ent_count = collections.Counter()
for r in rows:
    d = r.get("doc")
    if set(r) != KEYS:
        errors.append(f"{d}: keys {sorted(r)}")
    if d in seen:
        errors.append(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(DOCS, d)
    if not os.path.isfile(p):
        errors.append(f"{d}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    if r["lang"] not in ("nl", "en"): errors.append(f"{d}: lang")
    if r["doc_type"] not in DOC_TYPES: errors.append(f"{d}: doc_type {r['doc_type']}")
    if not set(r["special"]) <= SPECIAL: errors.append(f"{d}: special {r['special']}")
    if not set(r["rules"]) <= RULES: errors.append(f"{d}: rules {r['rules']}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        errors.append(f"{d}: booleans")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errors.append(f"{d}: diagnosis without sickness-diagnosis rule")
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{d}: special without special-category rule")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{d}: hard negative with special categories")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ent_count[ent] += 1
        if ent not in ENTITIES: errors.append(f"{d}: entity {ent}")
        if "\n" in t: errors.append(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{d}: ID number shape {t}")
        if ent in SPECIAL: ev_special.add(ent)
    if ev_special != set(r["special"]):
        errors.append(f"{d}: special {sorted(r['special'])} vs evidence {sorted(ev_special)}")
    # every IBAN-looking / BSN-looking token in the document should be labelled
    labelled = {re.sub(r"\W", "", e["text"]) for e in r["evidence"]}
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled: errors.append(f"{d}: unlabelled IBAN {m.group()}")
    for m in re.finditer(r"(?<![\w.-])\d{9}(?![\w-])", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    if "bsn-on-cv" in r["rules"] and r["doc_type"] not in ("cv", "motivation_letter"):
        errors.append(f"{d}: bsn-on-cv on {r['doc_type']}")
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if ("bsn-on-cv" in r["rules"] or "bsn-outside-hr" in r["rules"]) and not has_bsn:
        errors.append(f"{d}: BSN rule without BSN")

files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
for f in files:
    if f not in seen: errors.append(f"{f}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): errors.append(f"{f}: bad file name")

langs = collections.Counter(r["lang"] for r in rows)
types = collections.Counter(r["doc_type"] for r in rows)
specials = collections.Counter(s for r in rows for s in r["special"])
rules = collections.Counter(s for r in rows for s in r["rules"])
print(f"documents: {len(rows)}  by language: {dict(langs)}")
print(f"hard negatives: {sum(r['hard_negative'] for r in rows)}  diagnosis: {sum(r['diagnosis'] for r in rows)}")
print(f"doc types: {dict(types)}")
print(f"special: {dict(specials)}")
print(f"rules: {dict(rules)}")
print(f"evidence labels: {dict(ent_count)}  total {sum(ent_count.values())}")
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
