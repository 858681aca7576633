#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no packages)."""
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
DOCTYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
            "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}

def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    tot = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return tot % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
def err(m):
    errors.append(m)

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        err(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        err(f"label row for missing doc {d}")
ent_count = Counter(); dt_count = Counter(); rule_count = Counter(); sp_count = Counter()
for r in rows:
    d = r["doc"]
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            err(f"{d}: missing key {k}")
    if r["lang"] not in ("nl", "en"):
        err(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOCTYPES:
        err(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL:
            err(f"{d}: special {s}")
    for ru in r["rules"]:
        if ru not in RULES:
            err(f"{d}: rule {ru}")
    if bool(r["special"]) != ("special-category" in r["rules"]):
        err(f"{d}: special vs special-category rule mismatch")
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]):
        err(f"{d}: diagnosis vs sickness-diagnosis mismatch")
    text = open(os.path.join(DOCS, d), encoding="utf-8").read()
    ev_special = set()
    for ev in r["evidence"]:
        e, t = ev["entity"], ev["text"]
        if e not in ENTITIES:
            err(f"{d}: entity {e}")
        if "\n" in t or "\r" in t:
            err(f"{d}: label spans line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            err(f"{d}: label text not found as whole word: {t!r}")
        if e == "NL_BSN" and not bsn_ok(t):
            err(f"{d}: BSN fails 11-check: {t}")
        if e == "IBAN_CODE" and not iban_ok(t):
            err(f"{d}: IBAN fails mod-97: {t}")
        if e == "NL_ID_DOCUMENT" and not id_ok(t):
            err(f"{d}: ID number shape: {t}")
        if e in SPECIAL:
            ev_special.add(e)
        ent_count[e] += 1
    if ev_special != set(r["special"]):
        err(f"{d}: special {r['special']} vs evidence {sorted(ev_special)}")
    # every 9-digit number with BSN context in text must be labelled
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in {ev["text"] for ev in r["evidence"]}:
            err(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in {ev["text"] for ev in r["evidence"]}:
            err(f"{d}: unlabelled IBAN {m.group()}")
    for dc in r.get("decoys", []):
        if dc["entity"] == "NL_BSN" and not bsn_ok(dc["text"]):
            err(f"{d}: BSN decoy fails 11-check")
    dt_count[r["doc_type"]] += 1
    for ru in r["rules"]:
        rule_count[ru] += 1
    for s in r["special"]:
        sp_count[s] += 1

n = len(rows)
print(f"documents: {n}  (nl {sum(r['lang']=='nl' for r in rows)}, en {sum(r['lang']=='en' for r in rows)})")
print(f"hard negatives: {sum(r['hard_negative'] for r in rows)}  diagnosis: {sum(r['diagnosis'] for r in rows)}")
print("doc_types:", dict(sorted(dt_count.items())))
print("rules:", dict(sorted(rule_count.items())))
print("special:", dict(sorted(sp_count.items())))
print("evidence entities:", dict(sorted(ent_count.items())))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
