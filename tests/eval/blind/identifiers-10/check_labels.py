#!/usr/bin/env python3
"""Author's own check of labels.jsonl for blind set identifiers-10 (plain python3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
         "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_KVK","NL_VAT"}
IBAN_LEN = {"NL":18,"DE":22,"GB":22,"PL":28,"AT":20}
NL_BANKS = {"ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ"}
errors = []
def err(m): errors.append(m)
def bsn_ok(digits):
    if not digits.isdigit() or len(digits) not in (8, 9): return False
    s = digits.zfill(9)
    return int(s) > 0 and sum(int(c)*w for c,w in zip(s,[9,8,7,6,5,4,3,2,-1])) % 11 == 0
def iban_ok(raw):
    s = re.sub(r"[^A-Za-z0-9]", "", raw).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]: return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()): return False
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1
def vat_ok(raw):
    s = re.sub(r"[\s.]", "", raw).upper()
    m = re.fullmatch(r"NL(\d{9})B\d{2}", s)
    if not m: return False
    return bsn_ok(m.group(1))  # all VAT numbers in this set use the 11-check form
def iddoc_ok(raw):
    s = raw.upper()
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s): return True
    if re.fullmatch(r"NLD[A-NP-Z]{2}[A-NP-Z0-9]{6}\d\d", s): return True  # ID-card MRZ line-1 word
    return bool(re.fullmatch(r"[A-Z0-9]{10}NLD\d{7}[MFX<]\d{7}", s))  # passport MRZ line-2 word
def occurs(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None
ent_count = Counter(); dec_count = Counter(); langs = Counter(); ndocs = 0
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip(): continue
        o = json.loads(line); ndocs += 1
        for k in ("doc","lang","entities","decoys"):
            if k not in o: err(f"line {ln}: missing {k}")
        name = o["doc"]
        if name in seen: err(f"{name}: duplicate"); 
        seen.add(name)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", name): err(f"{name}: bad name")
        if o["lang"] not in ("nl","en"): err(f"{name}: bad lang")
        langs[o["lang"]] += 1
        p = os.path.join(HERE, "docs", name)
        if not os.path.exists(p): err(f"{name}: file missing"); continue
        text = open(p, encoding="utf-8").read()
        epairs = set()
        for e in o["entities"]:
            k, t = e.get("entity"), e.get("text")
            if k not in KINDS: err(f"{name}: bad entity {k}")
            if not t or not occurs(text, t): err(f"{name}: entity {k} {t!r} not found as whole word")
            if (k,t) in epairs: err(f"{name}: duplicate label {k} {t!r}")
            epairs.add((k,t)); ent_count[k] += 1
            d = re.sub(r"\D", "", t)
            if k == "NL_BSN" and not bsn_ok(d): err(f"{name}: BSN {t!r} fails 11-check")
            if k == "IBAN_CODE" and not iban_ok(t): err(f"{name}: IBAN {t!r} invalid")
            if k == "NL_VAT" and not vat_ok(t): err(f"{name}: VAT {t!r} invalid")
            if k == "NL_KVK" and len(d) != 8: err(f"{name}: KvK {t!r} not 8 digits")
            if k == "NL_DRIVERS_LICENSE" and len(d) != 10: err(f"{name}: licence {t!r} not 10 digits")
            if k == "NL_ID_DOCUMENT" and not iddoc_ok(t): err(f"{name}: ID doc {t!r} bad format")
            if k == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", t): err(f"{name}: email {t!r}")
            if k == "PHONE_NUMBER" and not (8 <= len(d) <= 15): err(f"{name}: phone {t!r} digit count")
        for e in o["decoys"]:
            k, t = e.get("entity"), e.get("text")
            if k not in KINDS: err(f"{name}: bad decoy entity {k}")
            if not e.get("why"): err(f"{name}: decoy {t!r} without why")
            if not t or not occurs(text, t): err(f"{name}: decoy {k} {t!r} not found as whole word")
            if (k,t) in epairs: err(f"{name}: {t!r} both label and decoy of {k}")
            if k == "NL_BSN" and not bsn_ok(re.sub(r"\D","",re.sub(r"L\d\d$","",t))): err(f"{name}: BSN decoy {t!r} fails 11-check")
            dec_count[k] += 1
files = set(os.listdir(os.path.join(HERE, "docs")))
for f in files - seen: err(f"{f}: document without labels")
print(f"documents: {ndocs}  ({dict(langs)})")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
for m in errors: print("ERROR", m)
sys.exit(1 if errors else 0)
