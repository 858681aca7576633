#!/usr/bin/env python3
"""Check labels.jsonl of this document set against docs/ (standard library only). Exit 1 on error."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"} | SPECIAL
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}  # retention-* and unscannable are never labelled
CANDIDATE = {"cv", "motivation_letter"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "PL": 28}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    return (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))

def occurs(text, sub):
    return re.search(r"(?<!\w)" + re.escape(sub) + r"(?!\w)", text) is not None

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            labels.append(json.loads(line))

files = set(os.listdir(os.path.join(HERE, "docs")))
seen = set()
c = collections.Counter()
for L in labels:
    doc = L.get("doc")
    for k in ("doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in L:
            err(doc, f"missing key {k}")
    if doc in seen:
        err(doc, "duplicate label line")
    seen.add(doc)
    if doc not in files:
        err(doc, "no such file"); continue
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", doc):
        err(doc, "bad file name")
    text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    if L["lang"] not in ("nl", "en"): err(doc, "bad lang")
    if L["doc_type"] not in DOC_TYPES: err(doc, "bad doc_type")
    sp, rules, ev = set(L["special"]), set(L["rules"]), L["evidence"]
    if not sp <= SPECIAL: err(doc, f"bad special {sp - SPECIAL}")
    if not rules <= RULES: err(doc, f"bad rule {rules - RULES}")
    if len(sp) != len(L["special"]) or len(rules) != len(L["rules"]): err(doc, "duplicates")
    events = collections.defaultdict(list)
    for e in ev:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES: err(doc, f"bad entity {ent}")
        if not occurs(text, t): err(doc, f"evidence not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): err(doc, f"BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): err(doc, f"invalid IBAN: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): err(doc, f"bad document number: {t}")
        events[ent].append(t)
    for s in sp:
        if not events.get(s): err(doc, f"no evidence phrase for {s}")
    for ent in events:
        if ent in SPECIAL and ent not in sp: err(doc, f"evidence {ent} not in special")
    # every 11-check-valid 9-digit number must be a labelled BSN or decoy
    decoys = {d["text"] for d in L.get("decoys", [])}
    for m in re.finditer(r"(?<![\d\w])\d{9}(?![\d\w])", text):
        if bsn_ok(m.group()) and m.group() not in events.get("NL_BSN", []) and m.group() not in decoys:
            err(doc, f"unlabelled 11-check-valid number {m.group()}")
    # every IBAN-looking string in a text must be valid
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z]{4}\d{7,}\b", text):
        if not iban_ok(m.group()): err(doc, f"invalid IBAN-like string in text {m.group()}")
    # rule consistency with how this set reads the SPEC (see README)
    dt = L["doc_type"]
    has_bsn, has_iban, has_id = bool(events.get("NL_BSN")), bool(events.get("IBAN_CODE")), bool(events.get("NL_ID_DOCUMENT"))
    if ("bsn-on-cv" in rules) != (has_bsn and dt in CANDIDATE): err(doc, "bsn-on-cv inconsistent")
    if ("iban-on-cv" in rules) != (has_iban and dt in CANDIDATE): err(doc, "iban-on-cv inconsistent")
    if ("id-document-on-cv" in rules) != (has_id and dt == "cv"): err(doc, "id-document-on-cv inconsistent")
    if "bsn-outside-hr" in rules and (not has_bsn or dt in {"id_copy", "payslip", "employment_contract", "vog", "medical"}):
        err(doc, "bsn-outside-hr inconsistent")
    if has_bsn and dt in CANDIDATE and "bsn-outside-hr" not in rules: err(doc, "BSN on CV must also be bsn-outside-hr")
    if ("special-category" in rules) != bool(sp): err(doc, "special-category must follow special")
    if "sickness-diagnosis" in rules and (not L["diagnosis"] or "SPECIAL_HEALTH" not in sp or dt in CANDIDATE):
        err(doc, "sickness-diagnosis inconsistent")
    if L["diagnosis"] and "SPECIAL_HEALTH" not in sp: err(doc, "diagnosis without SPECIAL_HEALTH")
    if L["hard_negative"] and (sp or rules): err(doc, "hard negative with special or rules")
    c["docs"] += 1; c["lang:" + L["lang"]] += 1; c["doc_type:" + dt] += 1
    c["hard_negative"] += bool(L["hard_negative"]); c["diagnosis"] += bool(L["diagnosis"])
    for s in sp: c[s] += 1
    for r in rules: c["rule:" + r] += 1

for f in files - seen:
    err(f, "document without label")

for k in sorted(c):
    print(f"{k:32s} {c[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
