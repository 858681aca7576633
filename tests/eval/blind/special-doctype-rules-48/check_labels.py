import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SPECIAL = {e for e in ENT if e.startswith("SPECIAL_")}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not s.isdigit() or len(s) != 9: return False
    return sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8]) == 0 or \
        (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    s = s.replace(" ", "").upper()
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None
errs = []; rows = {}; counts = {}; langs = {}; ndocs = 0; hn = 0; diag = 0; rulec = {}; dtc = {}
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    r = json.loads(line); d = r["doc"]
    if d in rows: errs.append(f"duplicate row {d}")
    rows[d] = r
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): errs.append(f"{d}: no file"); continue
    text = open(p, encoding="utf-8").read()
    if r.get("lang") not in ("nl", "en"): errs.append(f"{d}: lang")
    if r.get("doc_type") not in TYPES: errs.append(f"{d}: doc_type {r.get('doc_type')}")
    for k in ("hard_negative", "diagnosis"):
        if not isinstance(r.get(k), bool): errs.append(f"{d}: {k} not bool")
    for s in r.get("special", []):
        if s not in SPECIAL: errs.append(f"{d}: special {s}")
    for ru in r.get("rules", []):
        if ru not in RULES: errs.append(f"{d}: rule {ru}")
        rulec[ru] = rulec.get(ru, 0) + 1
    ev_special = set()
    for key in ("evidence", "entities", "decoys"):
        for e in r.get(key, []):
            ent, t = e["entity"], e["text"]
            if ent not in ENT: errs.append(f"{d}: entity {ent}")
            if "\n" in t: errs.append(f"{d}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{d}: text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): errs.append(f"{d}: BSN fails 11-check {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): errs.append(f"{d}: IBAN fails mod-97 {t}")
            if ent == "NL_ID_DOCUMENT" and not id_ok(t): errs.append(f"{d}: ID shape {t}")
            if key == "evidence" and ent in SPECIAL: ev_special.add(ent)
            counts[(key, ent)] = counts.get((key, ent), 0) + 1
    if ev_special != set(r.get("special", [])):
        errs.append(f"{d}: special {sorted(r.get('special', []))} vs evidence {sorted(ev_special)}")
    ndocs += 1; langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    hn += r["hard_negative"]; diag += r["diagnosis"]; dtc[r["doc_type"]] = dtc.get(r["doc_type"], 0) + 1
for f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if f not in rows: errs.append(f"{f}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): errs.append(f"{f}: bad name")
print(f"documents: {ndocs}  by language: {langs}")
print(f"doc_types: {dtc}")
print(f"hard negatives: {hn} ({(100*hn/max(ndocs,1)):.0f}%)  diagnosis: {diag}")
print(f"rules: {rulec}")
for k in sorted(counts): print(f"  {k[0]:9s} {k[1]:28s} {counts[k]}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
