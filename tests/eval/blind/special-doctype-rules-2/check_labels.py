#!/usr/bin/env python3
"""Validate labels.jsonl of the special-doctype-rules-2 held-out set and print counts."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules"}
errors = []

def err(msg):
    errors.append(msg)

def bsn_ok(s):
    s = s.zfill(9)
    if len(s) != 9 or not s.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return total % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    if s.startswith("DE") and not re.fullmatch(r"DE\d{20}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def mrz_cd(s):
    v = 0
    for i, c in enumerate(s):
        v += (0 if c == "<" else int(c, 36)) * (7, 3, 1)[i % 3]
    return str(v % 10)

BSN_CTX = re.compile(r"(bsn|burgerservicenummer|citizen service number|persoonsnummer|"
                     r"personal no|sofinummer|4d\.)", re.I)
IBAN_RE = re.compile(r"\b(?:NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}|NL\d{2}[A-Z]{4}\d{10}|"
                     r"DE\d{2}(?: ?\d{4}){4} ?\d{2})\b")
ID_RE = re.compile(r"(?:paspoort|passport|id-kaart|id card|identiteitskaart|documentn|"
                   r"document no|ID-kaart nr)[^\n:]*[: ]\s*([A-NP-Z]{2}[A-NP-Z0-9]{6}\d)\b", re.I)

labels = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            labels.append(json.loads(line))
        except ValueError as e:
            err(f"labels.jsonl line {n}: {e}")

seen = set()
for lab in labels:
    d = lab.get("doc", "?")
    if set(lab) != KEYS:
        err(f"{d}: keys {sorted(lab)}")
        continue
    if d in seen:
        err(f"{d}: labelled twice")
    seen.add(d)
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d):
        err(f"{d}: bad name")
    if lab["lang"] not in ("nl", "en"):
        err(f"{d}: lang")
    if lab["doc_type"] not in DOC_TYPES:
        err(f"{d}: doc_type {lab['doc_type']}")
    if not set(lab["special"]) <= SPECIAL or len(set(lab["special"])) != len(lab["special"]):
        err(f"{d}: special {lab['special']}")
    if not set(lab["rules"]) <= RULES or len(set(lab["rules"])) != len(lab["rules"]):
        err(f"{d}: rules {lab['rules']}")
    if not isinstance(lab["hard_negative"], bool) or not isinstance(lab["diagnosis"], bool):
        err(f"{d}: flags must be booleans")
    path = os.path.join(DOCS, d)
    if not os.path.exists(path):
        err(f"{d}: file missing")
        continue
    text = open(path, encoding="utf-8").read()
    nlines = text.count("\n")
    if not 5 <= nlines <= 60:
        err(f"{d}: {nlines} lines")
    rules, dt = set(lab["rules"]), lab["doc_type"]
    # consistency between fields
    if bool(lab["special"]) != ("special-category" in rules):
        err(f"{d}: special-category rule iff special non-empty")
    if lab["diagnosis"] != ("sickness-diagnosis" in rules):
        err(f"{d}: sickness-diagnosis rule iff diagnosis")
    if lab["diagnosis"] and "SPECIAL_HEALTH" not in lab["special"]:
        err(f"{d}: diagnosis without SPECIAL_HEALTH")
    if lab["hard_negative"] and lab["special"]:
        err(f"{d}: hard negative with special data")
    if rules & {"bsn-on-cv", "iban-on-cv"} and dt not in ("cv", "motivation_letter"):
        err(f"{d}: cv rule on {dt}")
    if "id-document-on-cv" in rules and dt != "cv":
        err(f"{d}: id-document-on-cv on {dt}")
    # identifiers in the text
    bsns = [m.group(0) for m in re.finditer(r"(?<![\d.,-])\d{9}(?!\d|[.,-]\d)", text)]
    for line in text.splitlines():
        for m in re.finditer(r"(?<![\d.,-])\d{9}(?!\d|[.,-]\d)", line):
            if BSN_CTX.search(line):
                if not bsn_ok(m.group(0)):
                    err(f"{d}: BSN {m.group(0)[:3]}... fails 11-check")
    # BSNs inside tables (bsn column) and MRZ optional fields
    valid_bsn = [b for b in bsns if bsn_ok(b)]
    has_bsn = bool(valid_bsn) and (BSN_CTX.search(text) is not None)
    for b in bsns:
        if re.search(r"\bbsn\b|burgerservicenummer|citizen service", text, re.I) and not bsn_ok(b):
            err(f"{d}: 9-digit number {b[:3]}... in a document with BSNs fails the 11-check")
    has_iban = False
    for m in IBAN_RE.finditer(text):
        has_iban = True
        if not iban_ok(m.group(0)):
            err(f"{d}: IBAN {m.group(0)[:4]}... fails mod-97")
    ids = ID_RE.findall(text)
    lines = text.splitlines()
    for i, l in enumerate(lines):
        if re.fullmatch(r"I<NLD[A-Z0-9<]{25}", l):
            l2 = lines[i + 1]
            doc = l[5:14]
            if mrz_cd(doc) != l[14] or mrz_cd(l2[0:6]) != l2[6] or mrz_cd(l2[8:14]) != l2[14] \
               or mrz_cd(l[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) != l2[29]:
                err(f"{d}: TD1 MRZ check digit")
            ids.append(doc)
        if re.fullmatch(r"P<NLD[A-Z<]{39}", l):
            l2 = lines[i + 1]
            if len(l2) != 44 or mrz_cd(l2[0:9]) != l2[9] or mrz_cd(l2[13:19]) != l2[19] \
               or mrz_cd(l2[21:27]) != l2[27] or mrz_cd(l2[28:42]) != l2[42] \
               or mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) != l2[43]:
                err(f"{d}: TD3 MRZ check digit")
            ids.append(l2[0:9])
    # rules implied by identifiers
    if dt in ("cv", "motivation_letter"):
        if has_bsn != ("bsn-on-cv" in rules):
            err(f"{d}: bsn-on-cv label vs BSN present={has_bsn}")
        if has_iban != ("iban-on-cv" in rules):
            err(f"{d}: iban-on-cv label vs IBAN present={has_iban}")
    if dt == "cv" and bool(ids) != ("id-document-on-cv" in rules):
        err(f"{d}: id-document-on-cv label vs ID number present={bool(ids)}")
    if "bsn-outside-hr" in rules and (dt in HR_TYPES or not has_bsn):
        err(f"{d}: bsn-outside-hr on {dt} / BSN present={has_bsn}")
    if has_bsn and dt not in HR_TYPES and dt != "other" and "bsn-outside-hr" not in rules:
        err(f"{d}: BSN in {dt} without bsn-outside-hr")
    lab["_bsn"] = has_bsn

files = set(os.listdir(DOCS))
for f in sorted(files - seen):
    err(f"{f}: not labelled")

c = collections.Counter()
for lab in labels:
    c["docs"] += 1
    c["lang:" + lab["lang"]] += 1
    c["doc_type:" + lab["doc_type"]] += 1
    for s in lab["special"]:
        c["special:" + s] += 1
    for r in lab["rules"]:
        c["rule:" + r] += 1
    c["hard_negative"] += lab["hard_negative"]
    c["diagnosis"] += lab["diagnosis"]
    c["no_special"] += not lab["special"]
    c["docs_with_bsn"] += bool(lab.get("_bsn"))
for k in sorted(c):
    print(f"{k:40s} {c[k]}")
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
