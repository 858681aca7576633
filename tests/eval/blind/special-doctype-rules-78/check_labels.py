#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-78 blind set."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s): return False
    return sum(int(c)*w for c, w in zip(s, [9,8,7,6,5,4,3,2,-1])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def id_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s))
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set(); ent_c = collections.Counter(); spec_c = collections.Counter(); rule_c = collections.Counter()
lang_c = collections.Counter(); type_c = collections.Counter(); hn = 0; diag = 0
for r in rows:
    d = r["doc"]
    if d in seen: errs.append(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no such doc"); continue
    text = open(p, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errs.append(f"{d}: lang")
    if r.get("doc_type") not in TYPES: errs.append(f"{d}: doc_type {r.get('doc_type')}")
    for s in r.get("special", []):
        if s not in ENT or not s.startswith("SPECIAL_"): errs.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
    if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
        errs.append(f"{d}: flags")
    ev_special = set()
    for key in ("evidence", "entities", "decoys"):
        for e in r.get(key, []):
            en, t = e["entity"], e["text"]
            if en not in ENT: errs.append(f"{d}: entity {en}")
            if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{d}: not found as whole word: {t!r}")
            if en == "NL_BSN" and not bsn_ok(t.replace(" ", "").replace(".", "")): errs.append(f"{d}: BSN 11-check {t}")
            if en == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN mod97 {t}")
            if en == "NL_ID_DOCUMENT" and not id_ok(t.replace(" ", "")): errs.append(f"{d}: ID shape {t}")
            if key == "evidence":
                ent_c[en] += 1
                if en.startswith("SPECIAL_"): ev_special.add(en)
            else:
                ent_c[key + ":" + en] += 1
    if ev_special != set(r.get("special", [])):
        errs.append(f"{d}: special {sorted(r.get('special', []))} != evidence {sorted(ev_special)}")
    # every BSN/IBAN-shaped string in the text should be labelled (evidence or decoy)
    labelled = {e["text"].replace(" ", "") for k in ("evidence", "decoys") for e in r.get(k, [])}
    for m in re.finditer(r"(?<!\w)NL\d{2} ?[A-Z]{4}(?: ?\d){10}(?!\w)", text):
        if m.group(0).replace(" ", "") not in labelled: errs.append(f"{d}: unlabelled IBAN {m.group(0)}")
    for m in re.finditer(r"(?<![\w.-])\d{9}(?![\w.-])", text):
        if bsn_ok(m.group(0)) and m.group(0) not in labelled: errs.append(f"{d}: unlabelled 11-check number {m.group(0)}")
    if "bsn-on-cv" in r.get("rules", []) or "bsn-outside-hr" in r.get("rules", []):
        if not any(e["entity"] == "NL_BSN" for e in r.get("evidence", [])): errs.append(f"{d}: bsn rule without BSN")
    if "special-category" in r.get("rules", []) and not r.get("special"): errs.append(f"{d}: special rule without special")
    if r.get("diagnosis") and "SPECIAL_HEALTH" not in r.get("special", []): errs.append(f"{d}: diagnosis without health")
    lang_c[r["lang"]] += 1; type_c[r["doc_type"]] += 1; hn += r["hard_negative"]; diag += r["diagnosis"]
    for s in r.get("special", []): spec_c[s] += 1
    for ru in r.get("rules", []): rule_c[ru] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errs.append(f"{d}: bad file name")
print(f"documents: {len(rows)}  languages: {dict(lang_c)}")
print(f"doc_types: {dict(type_c)}")
print(f"hard negatives: {hn}  diagnosis: {diag}")
print(f"special: {dict(spec_c)}")
print(f"rules: {dict(rule_c)}")
print(f"evidence/decoys: {dict(ent_c)}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
