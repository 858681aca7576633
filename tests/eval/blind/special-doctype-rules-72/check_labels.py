#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind document set special-doctype-rules-72.
Run: python3 check_labels.py   (plain python3, no packages)."""
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

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def mrz_cd(s):
    w = [7, 3, 1]; t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        t += v * w[i % 3]
    return t % 10

def id_ok(s):
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s): return True
    # MRZ line 2 of a TD3 passport: check digits
    if len(s) == 44 and s[9].isdigit():
        return mrz_cd(s[0:9]) == int(s[9]) and mrz_cd(s[13:19]) == int(s[19]) and \
               mrz_cd(s[21:27]) == int(s[27])
    return False

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for f in files:
    if seen[f] != 1: errors.append(f"{f}: {seen[f]} label rows")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): errors.append(f"{f}: bad file name")
for d in seen:
    if d not in files: errors.append(f"{d}: label row without document")

c_type, c_lang, c_special, c_rules, c_ent = Counter(), Counter(), Counter(), Counter(), Counter()
hard = diag = 0
for r in rows:
    doc = r["doc"]
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r: errors.append(f"{doc}: missing key {k}")
    if r["lang"] not in ("nl", "en"): errors.append(f"{doc}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES: errors.append(f"{doc}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: errors.append(f"{doc}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: errors.append(f"{doc}: rule {ru}")
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        if ent not in ENTITIES: errors.append(f"{doc}: entity {ent}")
        if "\n" in t: errors.append(f"{doc}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{doc}: {ent} text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): errors.append(f"{doc}: ID shape/MRZ: {t}")
        if ent in SPECIAL: ev_special.add(ent)
        c_ent[ent] += 1
    for d in r.get("decoys", []):
        if d["entity"] == "NL_BSN" and not bsn_ok(d["text"]): errors.append(f"{doc}: BSN decoy fails 11-check")
        if not re.search(r"(?<!\w)" + re.escape(d["text"]) + r"(?!\w)", text):
            errors.append(f"{doc}: decoy not found: {d['text']!r}")
    if ev_special != set(r["special"]):
        errors.append(f"{doc}: special {r['special']} vs evidence {sorted(ev_special)}")
    # consistency of rules with labels
    bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    iban = any(e["entity"] == "IBAN_CODE" for e in r["evidence"])
    idd = any(e["entity"] == "NL_ID_DOCUMENT" for e in r["evidence"])
    cvml = r["doc_type"] in ("cv", "motivation_letter")
    if ("bsn-on-cv" in r["rules"]) != (bsn and cvml): errors.append(f"{doc}: bsn-on-cv inconsistent")
    if ("iban-on-cv" in r["rules"]) != (iban and cvml): errors.append(f"{doc}: iban-on-cv inconsistent")
    if ("id-document-on-cv" in r["rules"]) != (idd and r["doc_type"] == "cv"): errors.append(f"{doc}: id-document-on-cv inconsistent")
    if ("special-category" in r["rules"]) != bool(r["special"]): errors.append(f"{doc}: special-category inconsistent")
    if ("sickness-diagnosis" in r["rules"]) != r["diagnosis"]: errors.append(f"{doc}: diagnosis inconsistent")
    if "bsn-outside-hr" in r["rules"] and not bsn: errors.append(f"{doc}: bsn-outside-hr without BSN")
    if r["hard_negative"] and r["special"]: errors.append(f"{doc}: hard negative with special")
    c_type[r["doc_type"]] += 1; c_lang[r["lang"]] += 1
    for s in r["special"]: c_special[s] += 1
    for ru in r["rules"]: c_rules[ru] += 1
    hard += r["hard_negative"]; diag += r["diagnosis"]

print(f"documents: {len(files)}  label rows: {len(rows)}")
print("languages:", dict(c_lang))
print("doc_type:", dict(c_type))
print(f"hard_negative: {hard} ({100*hard/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print("special:", dict(c_special))
print("rules:", dict(c_rules))
print("evidence entities:", dict(c_ent))
if errors:
    for e in errors: print("ERROR", e)
    sys.exit(1)
print("OK")
