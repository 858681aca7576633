#!/usr/bin/env python3
"""Own check of labels.jsonl for the running-text-54 blind set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
DEC = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); langs = Counter(); seen = set()
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
for ln, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    if not line.strip(): continue
    row = json.loads(line); doc = row["doc"]; seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(f"{doc}: bad lang")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errs.append(f"{doc}: missing file"); continue
    text = open(p, encoding="utf-8").read()
    for kind, allowed in (("entities", ENT), ("decoys", DEC)):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in allowed: errs.append(f"{doc}: {kind} entity {e} not allowed")
            if "\n" in t: errs.append(f"{doc}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN {t} fails mod-97")
            cnt[(kind, e)] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
print("documents:", len(docs), dict(langs))
for k in sorted(cnt): print(f"  {k[0]:8s} {k[1]:15s} {cnt[k]}")
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
