import json, os, re, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
TYPES = {"cv","motivation_letter","id_copy","payslip","employment_contract","medical","vog","camera_footage","other"}
RULES = {"bsn-on-cv","bsn-outside-hr","special-category","sickness-diagnosis","iban-on-cv","id-document-on-cv"}
def bsn_ok(s):
    s = s.zfill(9)
    if not s.isdigit() or len(s) != 9: return False
    return (sum(int(c)*w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None
err = []
rows = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(here, "docs")))
seen = set()
c_type, c_spec, c_rule, c_ev, c_lang = Counter(), Counter(), Counter(), Counter(), Counter()
hn = dg = 0
for r in rows:
    d = r["doc"]
    if d in seen: err.append(f"{d}: duplicate row")
    seen.add(d)
    p = os.path.join(here, "docs", d)
    if not os.path.exists(p): err.append(f"{d}: no file"); continue
    t = open(p, encoding="utf-8").read()
    c_lang[r["lang"]] += 1
    if r["lang"] not in ("nl", "en"): err.append(f"{d}: lang")
    if r["doc_type"] not in TYPES: err.append(f"{d}: doc_type {r['doc_type']}")
    c_type[r["doc_type"]] += 1
    for s in r["special"]:
        if s not in ENT or not s.startswith("SPECIAL_"): err.append(f"{d}: special {s}")
        c_spec[s] += 1
    for ru in r["rules"]:
        if ru not in RULES: err.append(f"{d}: rule {ru}")
        c_rule[ru] += 1
    if not isinstance(r["hard_negative"], bool) or not isinstance(r["diagnosis"], bool): err.append(f"{d}: bool")
    hn += r["hard_negative"]; dg += r["diagnosis"]
    evspec = set()
    for e in r["evidence"]:
        en, tx = e["entity"], e["text"]
        c_ev[en] += 1
        if en not in ENT: err.append(f"{d}: entity {en}")
        if "\n" in tx: err.append(f"{d}: newline in {tx!r}")
        if not re.search(r"(?<!\w)" + re.escape(tx) + r"(?!\w)", t): err.append(f"{d}: not found {tx!r}")
        if en == "NL_BSN" and not bsn_ok(tx.replace(".", "").replace(" ", "")): err.append(f"{d}: bad BSN {tx}")
        if en == "IBAN_CODE" and not iban_ok(tx): err.append(f"{d}: bad IBAN {tx}")
        if en == "NL_ID_DOCUMENT" and not id_ok(tx): err.append(f"{d}: bad ID {tx}")
        if en.startswith("SPECIAL_"): evspec.add(en)
    if evspec != set(r["special"]): err.append(f"{d}: special {r['special']} vs evidence {sorted(evspec)}")
    for dec in r.get("decoys", []):
        if dec["entity"] == "NL_BSN" and not bsn_ok(dec["text"]): err.append(f"{d}: decoy BSN fails 11-check {dec['text']}")
        if not re.search(r"(?<!\w)" + re.escape(dec["text"]) + r"(?!\w)", t): err.append(f"{d}: decoy not found")
for d in docs:
    if d not in seen: err.append(f"{d}: no label row")
print("documents:", len(rows), dict(c_lang))
print("doc_type:", dict(c_type))
print("special:", dict(c_spec))
print("rules:", dict(c_rule))
print("evidence:", dict(c_ev))
print(f"hard_negative: {hn} ({hn/max(1,len(rows)):.0%})  diagnosis: {dg}")
if err:
    print("\n".join(err)); print("FAIL"); sys.exit(1)
print("OK")
