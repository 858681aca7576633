#!/usr/bin/env python3
"""Own check of the running-text-45 labels. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION","SPECIAL_SEXUAL_ORIENTATION",
       "SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def id_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None
errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
cnt_e, cnt_d, langs = collections.Counter(), collections.Counter(), collections.Counter()
for r in rows:
    doc = r["doc"]
    if doc in seen: errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p):
        errors.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errors.append(f"{doc}: bad entity {e}")
            if "\n" in t or "\r" in t: errors.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN 11-check fails {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{doc}: IBAN mod-97 fails {t}")
            if e == "NL_ID_DOCUMENT" and kind == "entities" and not id_ok(t.replace(" ", "")):
                errors.append(f"{doc}: ID shape {t}")
            (cnt_e if kind == "entities" else cnt_d)[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad name")
print("documents:", len(docs), dict(langs))
print("entities:", dict(cnt_e), "total", sum(cnt_e.values()))
print("decoys:", dict(cnt_d), "total", sum(cnt_d.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
