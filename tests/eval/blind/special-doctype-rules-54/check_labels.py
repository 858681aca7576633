#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-54 blind set."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENT if e.startswith("SPECIAL_")}
DT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    return (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c,36)) for c in s[4:]+s[:4])) % 97 == 1
def _cd(s):
    w = [7, 3, 1]; t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)
def id_ok(s):
    if len(s) == 44:  # passport MRZ line 2: check all check digits
        n, dob, exp, pn = s[0:9], s[13:19], s[21:27], s[28:42]
        return (re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", n) is not None and s[9] == _cd(n)
                and s[19] == _cd(dob) and s[27] == _cd(exp) and s[42] == _cd(pn)
                and s[43] == _cd(s[0:10] + s[13:20] + s[21:43]))
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None
errs = []; cnt = collections.Counter(); langs = collections.Counter(); dts = collections.Counter()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
for r in rows:
    d = r["doc"]; seen.add(d)
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no such doc"); continue
    t = open(p, encoding="utf-8").read()
    langs[r["lang"]] += 1; dts[r["doc_type"]] += 1
    if r["lang"] not in ("nl","en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DT: errs.append(f"{d}: doc_type {r['doc_type']}")
    for s in r["special"]:
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for x in r["rules"]:
        if x not in RULES: errs.append(f"{d}: rule {x}")
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool): errs.append(f"{d}: bools")
    if r["hard_negative"] and r["special"]: errs.append(f"{d}: hard negative with special")
    evs = r.get("evidence", []) + r.get("entities", []) + r.get("decoys", [])
    espec = set()
    for e in evs:
        en, tx = e["entity"], e["text"]
        cnt[en] += 1
        if en not in ENT: errs.append(f"{d}: entity {en}")
        if "\n" in tx: errs.append(f"{d}: label spans line: {tx!r}")
        if not re.search(r"(?<!\w)" + re.escape(tx) + r"(?!\w)", t): errs.append(f"{d}: not found as word: {tx!r}")
        if en == "NL_BSN" and not bsn_ok(tx.replace(".", "").replace(" ", "")): errs.append(f"{d}: BSN 11-check {tx}")
        if en == "IBAN_CODE" and not iban_ok(tx): errs.append(f"{d}: IBAN mod97 {tx}")
        if en == "NL_ID_DOCUMENT" and not id_ok(tx): errs.append(f"{d}: ID shape {tx}")
        if en in SPECIAL: espec.add(en)
    for e in r.get("decoys", []):
        if e["entity"] == "NL_BSN" and not bsn_ok(e["text"]): errs.append(f"{d}: decoy BSN 11-check")
    if espec != set(r["special"]): errs.append(f"{d}: special {r['special']} vs evidence {sorted(espec)}")
    # any 9-digit 11-check-valid number in text must be labelled (as BSN or decoy)
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w])", t):
        if bsn_ok(m.group()) and not any(e["text"] == m.group() or m.group() in e["text"] for e in evs):
            errs.append(f"{d}: unlabelled 11-check number {m.group()}")
missing = [d for d in docs if d not in seen]
if missing: errs.append(f"docs without label row: {missing}")
if len(rows) != len(seen): errs.append("duplicate rows")
print("documents:", len(docs), "by lang:", dict(langs))
print("doc_types:", dict(dts))
print("hard negatives:", sum(r["hard_negative"] for r in rows), "diagnosis:", sum(r["diagnosis"] for r in rows))
print("rules:", dict(collections.Counter(x for r in rows for x in r["rules"])))
print("special:", dict(collections.Counter(x for r in rows for x in r["special"])))
print("evidence labels:", dict(cnt))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
