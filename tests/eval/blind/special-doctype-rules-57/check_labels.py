#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-57 blind set."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
DOCT = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    t = sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None
errs = []; n = 0; ents = collections.Counter(); langs = collections.Counter()
types = collections.Counter(); rules = collections.Counter(); spec = collections.Counter(); hn = 0
seen = set()
for ln, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    r = json.loads(line); n += 1; d = r["doc"]; seen.add(d)
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    langs[r["lang"]] += 1; types[r["doc_type"]] += 1; hn += bool(r["hard_negative"])
    if r["lang"] not in ("nl", "en"): errs.append(f"{d}: lang")
    if r["doc_type"] not in DOCT: errs.append(f"{d}: doc_type {r['doc_type']}")
    for k in ("special","rules","evidence","hard_negative","diagnosis"):
        if k not in r: errs.append(f"{d}: no {k}")
    for c in r["special"]:
        if c not in ENT or not c.startswith("SPECIAL_"): errs.append(f"{d}: special {c}")
        spec[c] += 1
        if not any(e["entity"] == c for e in r["evidence"]): errs.append(f"{d}: no evidence for {c}")
    for x in r["rules"]:
        if x not in RULES: errs.append(f"{d}: rule {x}")
        rules[x] += 1
    if r["diagnosis"] != ("sickness-diagnosis" in r["rules"]): errs.append(f"{d}: diagnosis/rule mismatch")
    for e in r["evidence"] + r.get("decoys", []):
        t = e["text"]; ents[e["entity"]] += 1
        if e["entity"] not in ENT: errs.append(f"{d}: entity {e['entity']}")
        if "\n" in t: errs.append(f"{d}: line break in {t!r}")
        if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text): errs.append(f"{d}: not found {t!r}")
        if e["entity"] == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: bad BSN {t}")
        if e["entity"] == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: bad IBAN {t}")
        if e["entity"] == "NL_ID_DOCUMENT" and not id_ok(t): errs.append(f"{d}: bad ID {t}")
        if e["entity"].startswith("SPECIAL_") and e["entity"] not in r["special"]: errs.append(f"{d}: evidence {e['entity']} not in special")
    for e in r.get("decoys", []):
        pass
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in seen: errs.append(f"{f}: no label row")
print("documents:", n, dict(langs)); print("doc_type:", dict(types))
print("hard negatives:", hn, f"({hn/max(n,1):.0%})"); print("special:", dict(spec))
print("rules:", dict(rules)); print("evidence entities:", dict(ents))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
