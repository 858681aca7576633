#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set special-doctype-rules-7.

Runs with plain python3. Exits 1 on any error. Checks:
- every labelled entity/decoy text occurs in its document as a whole word, case-sensitive
- NL_BSN entities and decoys pass the 11-check; IBANs pass ISO 13616 mod-97;
  Dutch ID numbers have the stdnum format; every MRZ line in a document has correct check digits
- no unlabelled 11-check-valid 9-digit number and no unlabelled IBAN in any document
  (so the rule labels that depend on BSN/IBAN are complete)
- field consistency between doc_type, special, hard_negative, diagnosis, hr_record and rules
Prints counts per label kind.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
CANDIDATE = {"cv", "motivation_letter"}
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0 and d != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"NL": 18, "BE": 16, "DE": 22}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))

def cd(s):
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(s):
        v = 0 if ch == "<" else (int(ch) if ch.isdigit() else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)

def check_mrz(doc, text):
    lines = [l.strip() for l in text.splitlines()]
    for i, l in enumerate(lines):
        if re.fullmatch(r"[A-Z0-9<]{44}", l) and not l.startswith("P<"):
            ok = (cd(l[0:9]) == l[9] and cd(l[13:19]) == l[19] and cd(l[21:27]) == l[27]
                  and cd(l[28:42]) == l[42]
                  and cd(l[0:10] + l[13:20] + l[21:43]) == l[43])
            if not ok:
                err(doc, f"bad TD3 MRZ check digits: {l}")
        if re.fullmatch(r"I<[A-Z]{3}[A-Z0-9<]{25}", l) and i + 1 < len(lines):
            l2 = lines[i + 1]
            ok = (len(l2) == 30 and cd(l[5:14]) == l[14] and cd(l2[0:6]) == l2[6]
                  and cd(l2[8:14]) == l2[14]
                  and cd(l[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29])
            if not ok:
                err(doc, f"bad TD1 MRZ check digits: {l} / {l2}")

def occurs(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None

recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if line.strip():
            try:
                recs.append(json.loads(line))
            except Exception as e:
                errors.append(f"labels.jsonl line {n}: {e}")

seen = set()
docs_dir = os.path.join(HERE, "docs")
files = set(os.listdir(docs_dir))
for r in recs:
    doc = r.get("doc")
    if doc in seen:
        err(doc, "duplicate label line")
    seen.add(doc)
    if doc not in files:
        err(doc, "document missing")
        continue
    text = open(os.path.join(docs_dir, doc), encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "hr_record"):
        if k not in r:
            err(doc, f"missing field {k}")
    if r.get("lang") not in ("nl", "en"):
        err(doc, "bad lang")
    t = r.get("doc_type")
    if t not in DOC_TYPES:
        err(doc, f"bad doc_type {t}")
    sp = set(r.get("special", []))
    if sp - SPECIAL:
        err(doc, f"bad special {sp - SPECIAL}")
    rules = set(r.get("rules", []))
    if rules - RULES:
        err(doc, f"bad rules {rules - RULES}")
    hn, diag, hr = r.get("hard_negative"), r.get("diagnosis"), r.get("hr_record")
    if not all(isinstance(x, bool) for x in (hn, diag, hr)):
        err(doc, "hard_negative/diagnosis/hr_record must be booleans")
    ents = r.get("entities", [])
    decs = r.get("decoys", [])
    kinds = Counter(e["entity"] for e in ents)
    labelled_digits = set()
    labelled_ibans = set()
    for e in ents + decs:
        s = e["text"]
        if not occurs(text, s):
            err(doc, f"label text not found as whole word: {s!r}")
        if e["entity"] == "NL_BSN":
            if not bsn_ok(s):
                err(doc, f"BSN/decoy fails 11-check: {s}")
            labelled_digits.add(re.sub(r"\D", "", s))
        elif e["entity"] == "IBAN_CODE":
            if not iban_ok(s):
                err(doc, f"IBAN fails mod-97: {s}")
            labelled_ibans.add(s.replace(" ", ""))
        elif e["entity"] == "NL_ID_DOCUMENT":
            foreign = (" POL" in text and s == "EK4419273") or "Ukraine" in text
            if not foreign and "<" not in s and not nl_id_ok(s):
                err(doc, f"Dutch ID number has wrong format: {s}")
    # completeness: unlabelled BSN-like numbers and IBANs
    for m in re.finditer(r"(?<![\w.])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\w])", text):
        d = re.sub(r"\D", "", m.group(1))
        if bsn_ok(d) and d not in labelled_digits:
            # digits inside an MRZ line belong to the ID document / BSN already labelled
            line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) if text.find("\n", m.end()) >= 0 else None]
            if "<" in line:
                continue
            err(doc, f"unlabelled 11-check-valid number {m.group(1)}")
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", text):
        s = m.group(1).replace(" ", "")
        if s[:2] in ("NL", "BE", "DE") and not iban_ok(s):
            err(doc, f"IBAN-like string fails mod-97: {m.group(1)}")
        if iban_ok(s) and t in CANDIDATE and s not in labelled_ibans:
            err(doc, f"unlabelled IBAN on a candidate document: {m.group(1)}")
    check_mrz(doc, text)
    # consistency
    if t in HR_TYPES and not hr:
        err(doc, "doc_type is an HR record type but hr_record is false")
    if t in CANDIDATE and hr:
        err(doc, "candidate document marked as HR record")
    exp = set()
    if kinds["NL_BSN"] and t in CANDIDATE:
        exp.add("bsn-on-cv")
    if kinds["NL_BSN"] and not hr:
        exp.add("bsn-outside-hr")
    if sp:
        exp.add("special-category")
    if diag:
        exp.add("sickness-diagnosis")
    if kinds["IBAN_CODE"] and t in CANDIDATE:
        exp.add("iban-on-cv")
    if kinds["NL_ID_DOCUMENT"] and t == "cv":
        exp.add("id-document-on-cv")
    if exp != rules:
        err(doc, f"rules {sorted(rules)} != expected {sorted(exp)}")
    if diag and ("SPECIAL_HEALTH" not in sp or not hr):
        err(doc, "diagnosis needs SPECIAL_HEALTH and an HR record")
    if hn and (sp or diag):
        err(doc, "hard negative with special data or diagnosis")

for fn in files - seen:
    errors.append(f"{fn}: document without label line")

# counts
c_type = Counter(r["doc_type"] for r in recs)
c_sp = Counter(s for r in recs for s in r["special"])
c_rule = Counter(x for r in recs for x in r["rules"])
c_lang = Counter(r["lang"] for r in recs)
c_ent = Counter(e["entity"] for r in recs for e in r.get("entities", []))
bsn_hr_ok = sum(1 for r in recs if any(e["entity"] == "NL_BSN" for e in r.get("entities", []))
                and "bsn-outside-hr" not in r["rules"])
absence_no_cause = sum(1 for r in recs if r["doc_type"] == "medical" and not r["diagnosis"])
print(f"documents: {len(recs)}  lang: {dict(c_lang)}")
print("doc_type:", dict(sorted(c_type.items())))
print("special:", dict(sorted(c_sp.items())))
print("rules:", dict(sorted(c_rule.items())))
print("hard_negative:", sum(r["hard_negative"] for r in recs),
      " diagnosis:", sum(r["diagnosis"] for r in recs),
      " medical without diagnosis:", absence_no_cause,
      " docs with BSN not breaking bsn-outside-hr:", bsn_hr_ok)
print("entity labels:", dict(sorted(c_ent.items())),
      " decoys:", sum(len(r.get("decoys", [])) for r in recs))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
