#!/usr/bin/env python3
"""Check labels.jsonl of this document set against docs/ (standard library only). Exit 1 on any error."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
           "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"} | SPECIAL
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv", "id-document-on-cv"}
NOT_LABELLED = {"retention-candidate", "retention-id-copy", "retention-payroll", "retention-camera", "unscannable"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "RO": 24, "FR": 27, "ES": 24, "IT": 27, "GB": 22, "PT": 25}
HR_TYPES = {"id_copy", "payslip", "employment_contract"}
CV_TYPES = {"cv", "motivation_letter"}

errors = []
def err(doc, msg): errors.append(f"{doc}: {msg}")

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return sum(int(d[i]) * (9 - i) for i in range(8)) % 11 == int(d[8]) and int(d[8]) < 10 and \
        (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()): return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

def whole(text, t):
    return re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text) is not None

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if line.strip():
            try: labels.append(json.loads(line))
            except json.JSONDecodeError as e: errors.append(f"labels.jsonl line {i}: {e}")

files = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = collections.Counter(l.get("doc") for l in labels)
for f in files:
    if not re.fullmatch(r"\d{3}-[a-z-]+\.txt", f): err(f, "bad file name")
    if seen[f] != 1: err(f, f"labelled {seen[f]} times")
for d in seen:
    if d not in files: err(d, "label without document")

c = collections.Counter()
for l in labels:
    doc = l.get("doc", "?")
    try:
        text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as e:
        err(doc, f"cannot read: {e}"); continue
    for k in ("doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in l: err(doc, f"missing key {k}")
    lang, dt = l.get("lang"), l.get("doc_type")
    special, rules, ev = set(l.get("special", [])), set(l.get("rules", [])), l.get("evidence", [])
    if lang not in ("nl", "en"): err(doc, f"lang {lang}")
    if dt not in DOC_TYPES: err(doc, f"doc_type {dt}")
    if special - SPECIAL: err(doc, f"unknown special {special - SPECIAL}")
    if rules & NOT_LABELLED: err(doc, f"retention/unscannable labelled {rules & NOT_LABELLED}")
    if rules - RULES - NOT_LABELLED: err(doc, f"unknown rules {rules - RULES - NOT_LABELLED}")
    if not isinstance(l.get("hard_negative"), bool) or not isinstance(l.get("diagnosis"), bool): err(doc, "booleans")
    evby = collections.defaultdict(list)
    for e in ev:
        ent, t = e.get("entity"), e.get("text", "")
        if ent not in ENTITIES: err(doc, f"unknown entity {ent}")
        if not t or not whole(text, t): err(doc, f"evidence text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): err(doc, f"invalid BSN {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): err(doc, f"invalid IBAN {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): err(doc, f"bad ID document number {t}")
        evby[ent].append(t)
    decoys = {re.sub(r"\D", "", x.get("text", "")) for x in l.get("decoys", [])}
    bsn_ev = {re.sub(r"\D", "", t) for t in evby["NL_BSN"]}
    # every 11-check-valid 9-digit number is labelled (BSN evidence or decoy)
    for m in re.finditer(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w]|\.\d)", text):
        v = re.sub(r"\D", "", m.group(1))
        if bsn_ok(v) and v not in bsn_ev and v not in decoys:
            err(doc, f"unlabelled 11-check-valid number {m.group(1)}")
    # IBAN-looking strings that are valid must be in evidence
    for m in re.finditer(r"(?<!\w)([A-Z]{2}\d{2}[A-Z0-9]{10,30})(?!\w)", text):
        if iban_ok(m.group(1)) and m.group(1) not in evby["IBAN_CODE"]:
            err(doc, f"valid IBAN not in evidence: {m.group(1)}")
    # one phrase per special category, and only for listed categories
    for s in SPECIAL:
        if s in special and not evby[s]: err(doc, f"no evidence phrase for {s}")
        if s not in special and evby[s]: err(doc, f"evidence for unlisted {s}")
    # rule consistency (how this set reads the SPEC; see README)
    if bool(special) != ("special-category" in rules): err(doc, "special-category rule iff special non-empty")
    if "sickness-diagnosis" in rules and not (l.get("diagnosis") and "SPECIAL_HEALTH" in special):
        err(doc, "sickness-diagnosis needs diagnosis and SPECIAL_HEALTH")
    if l.get("diagnosis") and "SPECIAL_HEALTH" not in special: err(doc, "diagnosis without SPECIAL_HEALTH")
    if l.get("hard_negative") and (special or rules): err(doc, "hard negative with special or rules")
    has_bsn, has_iban, has_id = bool(evby["NL_BSN"]), bool(evby["IBAN_CODE"]), bool(evby["NL_ID_DOCUMENT"])
    if dt in CV_TYPES:
        if has_bsn != ("bsn-on-cv" in rules): err(doc, "bsn-on-cv vs BSN evidence")
        if has_iban != ("iban-on-cv" in rules): err(doc, "iban-on-cv vs IBAN evidence")
    else:
        for r in ("bsn-on-cv", "iban-on-cv"):
            if r in rules: err(doc, f"{r} outside cv/motivation letter")
    if dt == "cv":
        if has_id != ("id-document-on-cv" in rules): err(doc, "id-document-on-cv vs ID evidence")
    elif "id-document-on-cv" in rules: err(doc, "id-document-on-cv outside cv")
    if "bsn-outside-hr" in rules and (not has_bsn or dt in HR_TYPES): err(doc, "bsn-outside-hr without BSN or in HR type")
    if dt in HR_TYPES and "bsn-outside-hr" in rules: err(doc, "bsn-outside-hr on HR type")
    if dt in CV_TYPES and has_bsn and "bsn-outside-hr" not in rules: err(doc, "BSN on cv should also be bsn-outside-hr")
    c["docs"] += 1; c["lang:" + str(lang)] += 1; c["doc_type:" + str(dt)] += 1
    c["hard_negative"] += bool(l.get("hard_negative")); c["diagnosis"] += bool(l.get("diagnosis"))
    for s in special: c[s] += 1
    for r in rules: c["rule:" + r] += 1

for k in sorted(c): print(f"{k:40s} {c[k]}")
minimums = {**{s: 8 for s in SPECIAL}, **{"rule:" + r: 8 for r in RULES}, **{"doc_type:" + t: 5 for t in DOC_TYPES}, "hard_negative": 55}
for k, v in minimums.items():
    if c[k] < v: errors.append(f"count {k} = {c[k]} < {v}")
if not 160 <= c["docs"] <= 170: errors.append(f"{c['docs']} documents, expected 160-170")
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
