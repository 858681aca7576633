#!/usr/bin/env python3
"""Own check of the labels of this blind set. Run: python3 check_labels.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
DEC = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
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
    if not os.path.exists(p): errs.append(f"{doc}: no such doc"); continue
    text = open(p, encoding="utf-8").read()
    for kind, allowed in (("entities", ENT), ("decoys", DEC)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in allowed: errs.append(f"{doc}: {kind} entity {e}")
            if "\n" in t or "\r" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN {t!r} fails mod-97")
            (cnt if kind == "entities" else dcnt)[e] += 1
for d in docs:
    if d not in seen: errs.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errs.append(f"{d}: bad name")
print("documents:", len(docs), dict(langs))
print("entities:", dict(cnt), "total", sum(cnt.values()))
print("decoys:", dict(dcnt), "total", sum(dcnt.values()))
if errs:
    print("\n".join(errs)); print("FAIL"); sys.exit(1)
print("OK")
