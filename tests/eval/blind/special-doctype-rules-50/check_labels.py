#!/usr/bin/env python3
"""Own check of labels.jsonl for the special-doctype-rules-50 blind document set."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
            "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
            "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
            "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENTITIES if e.startswith("SPECIAL_")}
DOCTYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog",
            "camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv",
         "id-document-on-cv"}
ID_RE = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")
errors = []
def err(m): errors.append(m)
def bsn_ok(s):
    if not re.fullmatch(r"\d{8,9}", s): return False
    s = s.zfill(9)
    t = sum(int(c)*w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0 and int(s) > 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def check_span(doc, text, e, where):
    if "\n" in text or "\r" in text:
        err(f"{doc}: {where} {e} spans a line break: {text!r}")
    if not re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", docs_text[doc]):
        err(f"{doc}: {where} {e} text not found as whole word: {text!r}")
docs_dir = os.path.join(HERE, "docs")
docs_text = {}
for f in sorted(os.listdir(docs_dir)):
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): err(f"bad file name {f}")
    with open(os.path.join(docs_dir, f), encoding="utf-8") as fh: docs_text[f] = fh.read()
rows = {}
c_ent = collections.Counter(); c_dec = collections.Counter(); c_type = collections.Counter()
c_rule = collections.Counter(); c_spec = collections.Counter(); c_lang = collections.Counter()
hn = diag = 0
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip(): continue
        r = json.loads(line)
        doc = r.get("doc")
        if doc not in docs_text: err(f"line {n}: unknown doc {doc}"); continue
        if doc in rows: err(f"duplicate row for {doc}")
        rows[doc] = r
        for k in ("lang","doc_type","special","hard_negative","diagnosis","rules","evidence"):
            if k not in r: err(f"{doc}: missing key {k}")
        if r.get("lang") not in ("nl","en"): err(f"{doc}: bad lang")
        if r.get("doc_type") not in DOCTYPES: err(f"{doc}: bad doc_type {r.get('doc_type')}")
        for s in r.get("special", []):
            if s not in SPECIAL: err(f"{doc}: bad special {s}")
        for x in r.get("rules", []):
            if x not in RULES: err(f"{doc}: bad rule {x}")
        if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
            err(f"{doc}: hard_negative/diagnosis not bool")
        ev_special = set()
        for where in ("evidence", "decoys"):
            for item in r.get(where, []):
                e, t = item.get("entity"), item.get("text", "")
                if e not in ENTITIES: err(f"{doc}: bad entity {e}")
                check_span(doc, t, e, where)
                if e == "NL_BSN" and not bsn_ok(t): err(f"{doc}: {where} BSN fails 11-check {t}")
                if e == "IBAN_CODE" and not iban_ok(t): err(f"{doc}: {where} IBAN fails mod-97 {t}")
                if e == "NL_ID_DOCUMENT" and not ID_RE.fullmatch(t.replace(" ", "")):
                    err(f"{doc}: ID number shape {t}")
                if where == "evidence":
                    c_ent[e] += 1
                    if e in SPECIAL: ev_special.add(e)
                else:
                    c_dec[e] += 1
        if ev_special != set(r.get("special", [])):
            err(f"{doc}: special {r.get('special')} != evidence categories {sorted(ev_special)}")
        # consistency of rules with the labels (as decided in README.md)
        ev = {i["entity"] for i in r.get("evidence", [])}
        dt = r.get("doc_type"); rl = set(r.get("rules", []))
        if ("bsn-on-cv" in rl) != ("NL_BSN" in ev and dt in ("cv", "motivation_letter")):
            err(f"{doc}: bsn-on-cv inconsistent")
        if ("iban-on-cv" in rl) != ("IBAN_CODE" in ev and dt in ("cv", "motivation_letter")):
            err(f"{doc}: iban-on-cv inconsistent")
        if ("id-document-on-cv" in rl) != ("NL_ID_DOCUMENT" in ev and dt == "cv"):
            err(f"{doc}: id-document-on-cv inconsistent")
        if ("special-category" in rl) != bool(r.get("special")):
            err(f"{doc}: special-category inconsistent")
        if ("sickness-diagnosis" in rl) != bool(r.get("diagnosis")):
            err(f"{doc}: sickness-diagnosis inconsistent")
        if "bsn-outside-hr" in rl and "NL_BSN" not in ev: err(f"{doc}: bsn-outside-hr without BSN")
        if "NL_BSN" in ev and dt in ("cv", "motivation_letter") and "bsn-outside-hr" not in rl:
            err(f"{doc}: BSN on cv/letter should also break bsn-outside-hr")
        c_type[dt] += 1; c_lang[r.get("lang")] += 1
        for x in rl: c_rule[x] += 1
        for s in r.get("special", []): c_spec[s] += 1
        hn += bool(r.get("hard_negative")); diag += bool(r.get("diagnosis"))
for d in docs_text:
    if d not in rows: err(f"{d}: no label row")
n = len(rows)
print(f"documents: {len(docs_text)}  label rows: {n}")
print("languages:", dict(c_lang))
print("doc_type:", dict(sorted(c_type.items())))
print("special:", dict(sorted(c_spec.items())))
print("rules:", dict(sorted(c_rule.items())))
print(f"hard_negative: {hn} ({100*hn/max(n,1):.0f}%)  diagnosis: {diag}")
print("evidence entities:", dict(sorted(c_ent.items())))
print("decoys:", dict(sorted(c_dec.items())))
if errors:
    for e in errors: print("ERROR:", e)
    sys.exit(1)
print("OK")
