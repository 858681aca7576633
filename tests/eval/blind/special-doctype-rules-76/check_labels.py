#!/usr/bin/env python3
"""Own check of the labels of the blind set special-doctype-rules-76 (plain python3)."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"}


def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and int(s) > 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))


errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = collections.Counter(r["doc"] for r in rows)
for d, n in seen.items():
    if n > 1:
        errors.append(f"{d}: {n} label rows")
for d in docs:
    if d not in seen:
        errors.append(f"{d}: no label row")
for d in seen:
    if d not in docs:
        errors.append(f"{d}: label row without document")

ent_count = collections.Counter()
special_count = collections.Counter()
rule_count = collections.Counter()
langs = collections.Counter()
for r in rows:
    d = r["doc"]
    path = os.path.join(HERE, "docs", d)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    langs[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"):
        errors.append(f"{d}: lang {r['lang']}")
    if r["doc_type"] not in DOC_TYPES:
        errors.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r[k], bool):
            errors.append(f"{d}: {k} not bool")
    for ru in r["rules"]:
        rule_count[ru] += 1
        if ru not in RULES:
            errors.append(f"{d}: rule {ru}")
    for s in r["special"]:
        special_count[s] += 1
        if s not in ENTITIES or not s.startswith("SPECIAL_"):
            errors.append(f"{d}: special {s}")
        if not any(e["entity"] == s for e in r["evidence"]):
            errors.append(f"{d}: special {s} without evidence phrase")
    if r["special"] and "special-category" not in r["rules"]:
        errors.append(f"{d}: special stated but no special-category rule")
    if r["diagnosis"] and "sickness-diagnosis" not in r["rules"]:
        errors.append(f"{d}: diagnosis without sickness-diagnosis rule")
    if r["hard_negative"] and r["special"]:
        errors.append(f"{d}: hard negative with special categories")
    labelled_bsn = set()
    for e in r["evidence"]:
        ent, t = e["entity"], e["text"]
        ent_count[ent] += 1
        if ent not in ENTITIES:
            errors.append(f"{d}: entity {ent}")
        if "\n" in t:
            errors.append(f"{d}: label spans a line break: {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
            errors.append(f"{d}: label not found as whole word: {t!r}")
        if ent.startswith("SPECIAL_") and ent not in r["special"]:
            errors.append(f"{d}: evidence {ent} not in special")
        if ent == "NL_BSN":
            labelled_bsn.add(t)
            if not bsn_ok(t):
                errors.append(f"{d}: BSN fails 11-check: {t}")
        if ent == "IBAN_CODE" and not iban_ok(t):
            errors.append(f"{d}: IBAN fails mod-97: {t}")
        if ent == "NL_ID_DOCUMENT" and not id_ok(t):
            errors.append(f"{d}: ID number shape: {t}")
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]):
            errors.append(f"{d}: BSN decoy fails 11-check: {e['text']}")
    # every whole-word 9-digit 11-check-valid number should be labelled (or be a decoy)
    decoys = {e["text"] for e in r.get("decoys", [])}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in labelled_bsn | decoys:
            errors.append(f"{d}: unlabelled 11-check-valid number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if not any(e["text"] == m.group() for e in r["evidence"]):
            errors.append(f"{d}: unlabelled IBAN {m.group()}")
    # rule consistency with doc type and evidence
    has = lambda ent: any(e["entity"] == ent for e in r["evidence"])
    if has("NL_BSN") and r["doc_type"] in ("cv", "motivation_letter") and "bsn-on-cv" not in r["rules"]:
        errors.append(f"{d}: BSN on CV without bsn-on-cv")
    if has("IBAN_CODE") and r["doc_type"] in ("cv", "motivation_letter") and "iban-on-cv" not in r["rules"]:
        errors.append(f"{d}: IBAN on CV without iban-on-cv")

print("documents:", len(docs), "label rows:", len(rows), dict(langs))
print("hard negatives:", sum(r["hard_negative"] for r in rows),
      "with special:", sum(bool(r["special"]) for r in rows),
      "diagnosis:", sum(r["diagnosis"] for r in rows))
print("doc types:", dict(collections.Counter(r["doc_type"] for r in rows)))
print("evidence:", dict(ent_count))
print("special:", dict(special_count))
print("rules:", dict(rule_count))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
