#!/usr/bin/env python3
"""Author's own label check for the blind set special-doctype-rules-38 (plain python3)."""
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
errors = []

def err(m): errors.append(m)

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    tot = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return tot % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r.get("doc") for r in rows)
for f in files:
    if seen[f] != 1: err(f"{f}: {seen[f]} label rows")
for d in seen:
    if d not in files: err(f"label row for missing doc {d}")
for i, f in enumerate(files, 1):
    if not f.startswith(f"{i:03d}-"): err(f"numbering gap at {f}")

ent_count = Counter(); stats = Counter()
for r in rows:
    d = r["doc"]
    if set(r) != KEYS: err(f"{d}: keys {sorted(r)}")
    if r["lang"] not in ("nl", "en"): err(f"{d}: lang")
    if r["doc_type"] not in DOC_TYPES: err(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: err(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES: err(f"{d}: rule {ru}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool):
        err(f"{d}: bool fields")
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    ev_special = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ent_count[ent] += 1
        if ent not in ENTITIES: err(f"{d}: entity {ent}")
        if "\n" in t: err(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            err(f"{d}: text not found as whole word: {t!r}")
        if ent == "NL_BSN" and not bsn_ok(t): err(f"{d}: BSN fails 11-check {t}")
        if ent == "IBAN_CODE" and not iban_ok(t): err(f"{d}: IBAN fails mod-97 {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t): err(f"{d}: ID shape {t}")
        if ent in SPECIAL: ev_special.add(ent)
    if ev_special != set(r["special"]): err(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # consistency of rules with labels (as the README reads them)
    has_bsn = any(e["entity"] == "NL_BSN" for e in r["evidence"])
    if r["special"] and "special-category" not in r["rules"]: err(f"{d}: special without rule")
    if not r["special"] and "special-category" in r["rules"]: err(f"{d}: rule without special")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): err(f"{d}: diagnosis/rule mismatch")
    if r["hard_negative"] and r["special"]: err(f"{d}: hard negative with special")
    if ("bsn-on-cv" in r["rules"] or "bsn-outside-hr" in r["rules"]) and not has_bsn: err(f"{d}: bsn rule without BSN")
    if r["doc_type"] in ("cv", "motivation_letter") and has_bsn and "bsn-on-cv" not in r["rules"]: err(f"{d}: BSN on CV unlabelled")
    # every BSN / IBAN-looking number in the text must be labelled
    labelled = {e["text"] for e in r["evidence"]}
    for m in re.findall(r"(?<![\w.])\d{9}(?![\w.])", text):
        if bsn_ok(m) and m not in labelled: err(f"{d}: unlabelled 11-check number {m}")
    for m in re.findall(r"\bNL\d\d[A-Z]{4}\d{10}\b", text):
        if m not in labelled: err(f"{d}: unlabelled IBAN {m}")
    stats["docs"] += 1; stats["lang_" + r["lang"]] += 1
    stats["hard_negative"] += r["hard_negative"]; stats["diagnosis"] += r["diagnosis"]
    stats["type_" + r["doc_type"]] += 1
    for ru in r["rules"]: stats["rule_" + ru] += 1
    for s in r["special"]: stats["special_" + s] += 1

for k in sorted(stats): print(f"{k:40s} {stats[k]}")
for k in sorted(ent_count): print(f"evidence {k:31s} {ent_count[k]}")
print(f"hard negatives: {stats['hard_negative']}/{stats['docs']} = {stats['hard_negative']/stats['docs']:.0%}")
if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); sys.exit(1)
print("OK")
