#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-50 blind set."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
        "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","SPECIAL_HEALTH",
        "SPECIAL_RELIGION","SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
        "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def elf(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(x)*w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0
def mod97(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
errs = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
cnt = collections.Counter(); dcnt = collections.Counter(); langs = collections.Counter()
for r in rows:
    doc = r["doc"]
    if doc in seen: errs.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errs.append(f"{doc}: lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTS: errs.append(f"{doc}: bad entity {e}")
            if "\n" in t: errs.append(f"{doc}: label spans line break {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e == "NL_BSN" and not elf(t): errs.append(f"{doc}: BSN fails 11-check {t!r}")
            if e == "IBAN_CODE" and kind == "entities" and not mod97(t): errs.append(f"{doc}: IBAN fails mod-97 {t!r}")
            (cnt if kind == "entities" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(docs), dict(langs))
print("entity labels:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoy labels:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
