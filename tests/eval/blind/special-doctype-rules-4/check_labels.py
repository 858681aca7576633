#!/usr/bin/env python3
"""Author's own check of the labels of blind set special-doctype-rules-4 (plain python3, stdlib).

Checks: every labelled document exists and is UTF-8; fields and values are valid SPEC names;
every special category has evidence terms in evidence.json that occur in the document as a whole
word (case-sensitive, (?<!\\w)text(?!\\w)); BSNs and BSN decoys pass the 11-check and occur;
no unlisted 11-check-valid 9-digit number that looks like a BSN; listed IBANs pass mod-97 and
occur, and every IBAN-shaped string that passes mod-97 is listed; rules are consistent with
doc_type, special, diagnosis, hard_negative and the evidence (BSN / IBAN / ID number, HR record).
Prints counts; exits 1 on any error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract",
             "medical", "vog", "camera_footage", "other"}
CATS = ["SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"]
CONTENT_RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis",
                 "iban-on-cv", "id-document-on-cv"}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def occurs(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    return (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


BSN_SHAPES = re.compile(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3})(?![\w])")
IBAN_SHAPES = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Z0-9])")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    ev = json.load(open(os.path.join(HERE, "evidence.json"), encoding="utf-8"))
    docs_on_disk = set(os.listdir(os.path.join(HERE, "docs")))
    seen = set()
    c_type, c_special, c_rules, c_lang = Counter(), Counter(), Counter(), Counter()
    n_hn = n_diag = n_abs_cause = n_abs_nocause = 0
    for lab in labels:
        doc = lab.get("doc")
        if doc in seen:
            err(doc, "duplicate label line")
        seen.add(doc)
        if doc not in docs_on_disk:
            err(doc, "no such file in docs/"); continue
        try:
            text = open(os.path.join(HERE, "docs", doc), encoding="utf-8").read()
        except UnicodeDecodeError:
            err(doc, "not UTF-8"); continue
        for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules"):
            if k not in lab:
                err(doc, f"missing field {k}")
        if lab["lang"] not in ("nl", "en"): err(doc, "bad lang")
        if lab["doc_type"] not in DOC_TYPES: err(doc, "bad doc_type")
        for s in lab["special"]:
            if s not in CATS: err(doc, f"bad special {s}")
        for r in lab["rules"]:
            if r not in CONTENT_RULES: err(doc, f"bad/non-content rule {r}")
        if not isinstance(lab["hard_negative"], bool) or not isinstance(lab["diagnosis"], bool):
            err(doc, "hard_negative/diagnosis must be bool")
        e = ev.get(doc)
        if e is None:
            err(doc, "no evidence entry"); continue
        # special-category evidence
        for cat in CATS:
            terms = e["special_terms"].get(cat, [])
            if (cat in lab["special"]) != bool(terms):
                err(doc, f"{cat}: label and evidence disagree")
            for t in terms:
                if not occurs(text, t):
                    err(doc, f"{cat} evidence {t!r} not found as whole word")
        # BSN
        for b in e["bsn"] + e["bsn_decoys"]:
            if not bsn_ok(b): err(doc, f"BSN/decoy {b} fails 11-check")
            if not occurs(text, b): err(doc, f"BSN/decoy {b} not in text")
        listed = {re.sub(r"\D", "", b) for b in e["bsn"] + e["bsn_decoys"]}
        for m in BSN_SHAPES.finditer(text):
            d = re.sub(r"\D", "", m.group(1))
            if bsn_ok(d) and d not in listed:
                err(doc, f"unlisted 11-check-valid number {m.group(1)}")
        # IBAN
        for i in e["iban"]:
            if not iban_ok(i): err(doc, f"IBAN {i} fails mod-97/format")
            if not occurs(text, i): err(doc, f"IBAN {i} not in text")
        listed_i = {re.sub(r"\s", "", i) for i in e["iban"]}
        for m in IBAN_SHAPES.finditer(text):
            v = re.sub(r"\s", "", m.group(1))
            if iban_ok(v) and v not in listed_i:
                err(doc, f"unlisted valid IBAN {m.group(1)}")
        for i in e["id_document"]:
            if not occurs(text, i): err(doc, f"ID number {i} not in text")
        # consistency of the rules
        dt = lab["doc_type"]; rules = set(lab["rules"]); hr = e["hr_record"]
        if dt in ("id_copy", "payslip", "employment_contract") and not hr:
            err(doc, "id_copy/payslip/contract must count as HR record")
        if dt in ("cv", "motivation_letter") and hr:
            err(doc, "cv/motivation letter cannot be an HR record")
        exp = set()
        if lab["special"]: exp.add("special-category")
        if lab["diagnosis"]: exp.add("sickness-diagnosis")
        if e["bsn"] and dt in ("cv", "motivation_letter"): exp.add("bsn-on-cv")
        if e["bsn"] and not hr: exp.add("bsn-outside-hr")
        if e["iban"] and dt in ("cv", "motivation_letter"): exp.add("iban-on-cv")
        if e["id_document"] and dt == "cv": exp.add("id-document-on-cv")
        if rules != exp:
            err(doc, f"rules {sorted(rules)} != expected {sorted(exp)}")
        if lab["diagnosis"] and ("SPECIAL_HEALTH" not in lab["special"] or not hr):
            err(doc, "diagnosis needs SPECIAL_HEALTH in an HR record")
        if lab["hard_negative"] and (lab["special"] or lab["diagnosis"]):
            err(doc, "hard negative with special/diagnosis")
        # counts
        c_type[dt] += 1; c_lang[lab["lang"]] += 1
        for s in lab["special"]: c_special[s] += 1
        for r in rules: c_rules[r] += 1
        n_hn += lab["hard_negative"]; n_diag += lab["diagnosis"]
        if dt == "medical" and lab["diagnosis"]: n_abs_cause += 1
        if dt == "medical" and lab["hard_negative"]: n_abs_nocause += 1
    for d in sorted(docs_on_disk - seen):
        err(d, "document without label")
    print(f"documents: {len(labels)}   lang: {dict(c_lang)}")
    print("doc_type:", dict(sorted(c_type.items())))
    print("special (documents):", {k: c_special[k] for k in CATS})
    print("rules (documents):", dict(sorted(c_rules.items())))
    print(f"hard_negative: {n_hn}   diagnosis: {n_diag}   medical with cause: {n_abs_cause}   medical without cause (HN): {n_abs_nocause}")
    print(f"no special, not hard negative: {sum(1 for l in labels if not l['special'] and not l['hard_negative'])}")
    for c in CATS:
        if c_special[c] < 12:
            errors.append(f"(set): {c} in only {c_special[c]} documents (< 12)")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for x in errors: print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
