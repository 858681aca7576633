#!/usr/bin/env python3
"""Validate labels.jsonl of the blind set special-doctype-rules-1 and print counts."""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
           "SPECIAL_BIOMETRIC"}
RULES = ["bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
         "iban-on-cv", "id-document-on-cv"]
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules"}
CAND = {"cv", "motivation_letter"}

BSN_RE = re.compile(r"(?<![\w.,])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w]|[.,]\d)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
ID_RE = re.compile(r"\b[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]\b")


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * w for x, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    errors = []
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    docs = {p.name for p in (HERE / "docs").glob("*.txt")}
    seen = Counter(l.get("doc") for l in labels)
    for name, c in seen.items():
        if c > 1: errors.append(f"{name}: labelled {c} times")
    for name in sorted(docs - set(seen)): errors.append(f"{name}: no label")
    for name in sorted(set(seen) - docs): errors.append(f"{name}: label without document")
    planted_bsn = 0
    for l in labels:
        n = l.get("doc", "?")
        if set(l) != KEYS: errors.append(f"{n}: keys {sorted(set(l) ^ KEYS)}"); continue
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", n): errors.append(f"{n}: bad file name")
        if l["lang"] not in ("nl", "en"): errors.append(f"{n}: lang")
        if l["doc_type"] not in DOC_TYPES: errors.append(f"{n}: doc_type {l['doc_type']}")
        if not isinstance(l["special"], list) or set(l["special"]) - SPECIAL or len(set(l["special"])) != len(l["special"]):
            errors.append(f"{n}: special {l['special']}")
        if not isinstance(l["hard_negative"], bool) or not isinstance(l["diagnosis"], bool):
            errors.append(f"{n}: booleans")
        if not isinstance(l["rules"], list) or set(l["rules"]) - set(RULES):
            errors.append(f"{n}: rules {l['rules']}")
        # internal consistency of the labelling conventions (see README)
        sp, rules, dt = set(l["special"]), set(l["rules"]), l["doc_type"]
        if l["hard_negative"] and sp: errors.append(f"{n}: hard negative with special data")
        if l["diagnosis"] and "SPECIAL_HEALTH" not in sp: errors.append(f"{n}: diagnosis without SPECIAL_HEALTH")
        if l["diagnosis"] != ("sickness-diagnosis" in rules): errors.append(f"{n}: diagnosis vs rule")
        if bool(sp) != ("special-category" in rules): errors.append(f"{n}: special vs rule")
        if "bsn-on-cv" in rules and ("bsn-outside-hr" not in rules or dt not in CAND):
            errors.append(f"{n}: bsn-on-cv needs a cv/motivation letter and bsn-outside-hr")
        if ("iban-on-cv" in rules) and dt not in CAND: errors.append(f"{n}: iban-on-cv on {dt}")
        if ("id-document-on-cv" in rules) and dt != "cv": errors.append(f"{n}: id-document-on-cv on {dt}")
        # planted identifiers
        path = HERE / "docs" / n
        if not path.exists(): continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        if not 5 <= len(lines) <= 80: errors.append(f"{n}: {len(lines)} lines")
        bsns = BSN_RE.findall(text)
        for b in bsns:
            if not bsn_ok(b): errors.append(f"{n}: 9-digit number {b} fails the 11-check")
        planted_bsn += len(bsns)
        if ({"bsn-on-cv", "bsn-outside-hr"} & rules) and not bsns: errors.append(f"{n}: BSN rule but no BSN")
        if dt in CAND and bsns and "bsn-on-cv" not in rules: errors.append(f"{n}: BSN on cv not labelled")
        ibans = [i for i in IBAN_RE.findall(text) if not i.startswith("PL1")]
        for i in ibans:
            if not iban_ok(i): errors.append(f"{n}: IBAN {i} fails mod-97")
        if ("iban-on-cv" in rules) != (dt in CAND and bool(ibans)): errors.append(f"{n}: iban-on-cv vs text")
        ids = ID_RE.findall(text)
        if ("id-document-on-cv" in rules) != (dt == "cv" and bool(ids)): errors.append(f"{n}: id-document-on-cv vs text")

    def show(title, counter, keys=None):
        print(title)
        for k in (keys or sorted(counter)): print(f"  {k:32s} {counter.get(k, 0)}")
    print(f"documents: {len(docs)}   labels: {len(labels)}   planted BSN occurrences (all pass 11-check): {planted_bsn}")
    show("doc_type:", Counter(l["doc_type"] for l in labels), sorted(DOC_TYPES))
    show("lang:", Counter(l["lang"] for l in labels))
    show("special category (documents):", Counter(s for l in labels for s in l["special"]), sorted(SPECIAL))
    print(f"  {'(no special category)':32s} {sum(1 for l in labels if not l['special'])}")
    print(f"  {'biometric (incl. genetic)':32s} {sum('SPECIAL_BIOMETRIC' in l['special'] for l in labels)}")
    print(f"hard negatives: {sum(l['hard_negative'] for l in labels)}")
    print(f"diagnosis true: {sum(l['diagnosis'] for l in labels)}   false: {sum(not l['diagnosis'] for l in labels)}")
    print(f"absence/medical records without a cause (medical, diagnosis false, no special): "
          f"{sum(1 for l in labels if l['doc_type']=='medical' and not l['diagnosis'] and not l['special'])}")
    show("rules (documents):", Counter(r for l in labels for r in l["rules"]), RULES)
    print(f"  {'(no rule)':32s} {sum(1 for l in labels if not l['rules'])}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):"); [print("  " + e) for e in errors]; return 1
    print("\nOK: labels valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
