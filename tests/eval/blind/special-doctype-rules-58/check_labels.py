#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind document set special-doctype-rules-58."""
import json, os, re, sys, collections

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
ID_RE = re.compile(r"^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$")

def bsn_ok(s):
    s = s.zfill(9)
    if not re.fullmatch(r"\d{9}", s):
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0 and s != "000000000"

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
def err(m):
    errors.append(m)

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
ent_count = collections.Counter(); langs = collections.Counter(); types = collections.Counter()
rule_count = collections.Counter(); hn = 0; diag = 0
for r in rows:
    d = r.get("doc")
    if d in seen:
        err(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(DOCS, d or "")
    if not d or not os.path.isfile(p):
        err(f"{d}: document missing"); continue
    text = open(p, encoding="utf-8").read()
    for k in ("lang", "doc_type", "special", "hard_negative", "diagnosis", "rules", "evidence"):
        if k not in r:
            err(f"{d}: key {k} missing")
    if r.get("lang") not in ("nl", "en"): err(f"{d}: lang")
    if r.get("doc_type") not in DOC_TYPES: err(f"{d}: doc_type {r.get('doc_type')}")
    for s in r.get("special", []):
        if s not in SPECIAL: err(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: err(f"{d}: rule {ru}")
    if not isinstance(r.get("hard_negative"), bool) or not isinstance(r.get("diagnosis"), bool):
        err(f"{d}: booleans")
    ev_special = set()
    for key in ("evidence", "entities", "decoys"):
        for e in r.get(key, []):
            ent, t = e.get("entity"), e.get("text", "")
            if ent not in ENTITIES: err(f"{d}: entity {ent}")
            if not t or "\n" in t: err(f"{d}: empty or multi-line label {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(f"{d}: label text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): err(f"{d}: BSN fails 11-check {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): err(f"{d}: IBAN fails mod-97 {t}")
            if ent == "NL_ID_DOCUMENT" and not ID_RE.match(t.replace(" ", "")): err(f"{d}: ID shape {t}")
            if key == "evidence":
                ent_count[ent] += 1
                if ent in SPECIAL: ev_special.add(ent)
    if ev_special != set(r.get("special", [])):
        err(f"{d}: special {r.get('special')} != evidence categories {sorted(ev_special)}")
    if r.get("special") and "special-category" not in r.get("rules", []):
        err(f"{d}: special stated but no special-category rule")
    if r.get("special") and r.get("hard_negative"):
        err(f"{d}: hard negative with a stated special category")
    if r.get("diagnosis") and "sickness-diagnosis" not in r.get("rules", []):
        err(f"{d}: diagnosis without sickness-diagnosis rule")
    # every BSN / IBAN-looking string in the text should be labelled
    labelled = {e["text"] for e in r.get("evidence", [])}
    for m in re.finditer(r"(?<!\w)\d{9}(?!\w)", text):
        if bsn_ok(m.group()) and m.group() not in labelled:
            err(f"{d}: unlabelled 11-check-valid 9-digit number {m.group()}")
    for m in re.finditer(r"(?<!\w)NL\d{2}[A-Z]{4}\d{10}(?!\w)", text):
        if m.group() not in labelled:
            err(f"{d}: unlabelled IBAN {m.group()}")
    langs[r.get("lang")] += 1; types[r.get("doc_type")] += 1
    for ru in r.get("rules", []): rule_count[ru] += 1
    hn += bool(r.get("hard_negative")); diag += bool(r.get("diagnosis"))

for f in sorted(os.listdir(DOCS)):
    if f not in seen: err(f"{f}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): err(f"{f}: bad file name")

print(f"documents: {len(rows)}  languages: {dict(langs)}")
print(f"doc_types: {dict(types)}")
print(f"hard negatives: {hn} ({100*hn/max(1,len(rows)):.0f}%)  diagnosis: {diag}")
print(f"rules: {dict(rule_count)}")
print(f"evidence labels: {dict(ent_count)}")
if errors:
    print("\n".join(errors)); print("FAILED"); sys.exit(1)
print("OK")
