#!/usr/bin/env python3
"""Author's check of labels.jsonl for the document set special-doctype-rules-20 (stdlib only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical",
             "vog", "camera_footage", "other"}
SPECIAL = {"SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
           "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
RULES = {"bsn-on-cv", "bsn-outside-hr", "special-category", "sickness-diagnosis", "iban-on-cv",
         "id-document-on-cv"}  # retention-* and unscannable are never labelled in a document set
EVIDENCE_ENTITIES = {"NL_BSN", "IBAN_CODE", "NL_ID_DOCUMENT"} | SPECIAL
HR_TYPES = {"id_copy", "payslip", "employment_contract", "medical", "vog"}
CV_TYPES = {"cv", "motivation_letter"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
IBAN_LEN = {"NL": 18, "PL": 28, "TR": 26, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "GB": 22}
KEYS = {"doc", "lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"}


def bsn_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s))


def whole(text, t):
    return re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text) is not None


def main():
    errors = []
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    docs = sorted(os.listdir(os.path.join(HERE, "docs")))
    seen = [r.get("doc") for r in recs]
    if sorted(seen) != docs:
        errors.append("labels and docs/ differ: %s" % sorted(set(seen) ^ set(docs)))
    if len(seen) != len(set(seen)):
        errors.append("duplicate doc in labels")
    c = Counter()
    for r in recs:
        name = r.get("doc")
        e = lambda m: errors.append("%s: %s" % (name, m))
        if set(r) - KEYS - {"decoys"} or KEYS - set(r):
            e("keys %s" % sorted(r))
            continue
        path = os.path.join(HERE, "docs", name)
        if not os.path.exists(path):
            e("missing file"); continue
        text = open(path, encoding="utf-8").read()
        if r["lang"] not in ("nl", "en"): e("lang")
        if r["doc_type"] not in DOC_TYPES: e("doc_type %s" % r["doc_type"])
        if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool): e("booleans")
        if set(r["special"]) - SPECIAL: e("special vocab %s" % r["special"])
        if set(r["rules"]) - RULES: e("rules vocab %s" % r["rules"])
        if len(set(r["rules"])) != len(r["rules"]) or len(set(r["special"])) != len(r["special"]): e("duplicates")
        ev = r["evidence"]
        byent = {}
        for x in ev:
            ent, t = x.get("entity"), x.get("text")
            if ent not in EVIDENCE_ENTITIES: e("evidence entity %s" % ent)
            if not t or not whole(text, t): e("evidence text not found as whole word: %r" % t)
            byent.setdefault(ent, []).append(t)
            if ent == "NL_BSN" and not bsn_ok(t): e("BSN fails 11-check: %s" % t)
            if ent == "IBAN_CODE" and not iban_ok(t): e("IBAN invalid: %s" % t)
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): e("ID number shape: %s" % t)
        # every 11-check-valid 9-digit number must be evidence (no decoys in this set)
        decoy_bsn = {d["text"] for d in r.get("decoys", []) if d.get("entity") == "NL_BSN"}
        for m in re.finditer(r"(?<![\w.,-])\d{9}(?![\w])", text):
            if bsn_ok(m.group()) and m.group() not in byent.get("NL_BSN", []) and m.group() not in decoy_bsn:
                e("unlabelled 11-check-valid number %s" % m.group())
        for m in re.finditer(r"(?<!\w)[A-Z]{2}\d{2}[A-Z0-9]{10,30}(?!\w)", text):
            if iban_ok(m.group()) and m.group() not in byent.get("IBAN_CODE", []):
                e("unlabelled IBAN %s" % m.group())
        for m in re.finditer(r"(?<!\w)[A-Z]{2}[A-Z0-9]{6}\d(?!\w)", text):
            if id_ok(m.group()) and re.search(r"\d", m.group()[2:8]) and m.group() not in byent.get("NL_ID_DOCUMENT", []):
                e("unlabelled ID-document-like string %s" % m.group())
        # one phrase per special category, and none beyond the list
        for s in r["special"]:
            if s not in byent: e("no evidence phrase for %s" % s)
        for s in byent:
            if s in SPECIAL and s not in r["special"]: e("evidence for unlisted %s" % s)
        # rules as read from the SPEC (see README)
        dt, has = r["doc_type"], lambda k: k in byent
        want = set()
        if has("NL_BSN") and dt in CV_TYPES: want.add("bsn-on-cv")
        if has("NL_BSN") and dt not in HR_TYPES: want.add("bsn-outside-hr")
        if has("IBAN_CODE") and dt in CV_TYPES: want.add("iban-on-cv")
        if has("NL_ID_DOCUMENT") and dt == "cv": want.add("id-document-on-cv")
        if r["special"]: want.add("special-category")
        got = set(r["rules"])
        if (got - {"sickness-diagnosis"}) != want: e("rules %s, expected %s" % (sorted(got), sorted(want)))
        if "sickness-diagnosis" in got and not (r["diagnosis"] and "SPECIAL_HEALTH" in r["special"]):
            e("sickness-diagnosis without a diagnosis")
        if r["diagnosis"] and "SPECIAL_HEALTH" not in r["special"]: e("diagnosis without SPECIAL_HEALTH")
        if r["hard_negative"] and r["special"]: e("hard negative with special categories")
        c["docs"] += 1
        c["lang:" + r["lang"]] += 1
        c["type:" + dt] += 1
        for s in r["special"]: c[s] += 1
        for x in r["rules"]: c["rule:" + x] += 1
        c["hard_negative"] += r["hard_negative"]
        c["diagnosis"] += r["diagnosis"]
        if not r["special"] and not r["rules"]: c["clean (no special, no rule)"] += 1
    for k in sorted(c):
        print("%-34s %d" % (k, c[k]))
    for x in errors:
        print("ERROR", x)
    if errors:
        print("%d error(s)" % len(errors)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
