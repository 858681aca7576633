"""Own check of the labels of running-text-24. Run: python3 check_labels.py"""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
DECOY_ALLOWED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"{d}: row without document")
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r.get('lang')}")
    lang_c[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(p): continue
    text = open(p, encoding="utf-8").read()
    for kind, allowed, cnt in (("entities", ALLOWED, ent_c), ("decoys", DECOY_ALLOWED, dec_c)):
        for lab in r.get(kind, []):
            e, t = lab["entity"], lab["text"]
            cnt[e] += 1
            if e not in allowed: errors.append(f"{r['doc']}: {kind} entity {e}")
            if "\n" in t: errors.append(f"{r['doc']}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN fails 11-check {t!r}")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN fails mod-97 {t!r}")
    ents = [(l["entity"], l["text"]) for l in r.get("entities", [])]
    if len(ents) != len(set(ents)): errors.append(f"{r['doc']}: duplicate label")
print("documents:", len(docs), "rows:", len(rows), "by lang:", dict(lang_c))
print("entities:", dict(ent_c), "total", sum(ent_c.values()))
print("decoys:", dict(dec_c), "total", sum(dec_c.values()))
for e in errors: print("ERROR", e)
if errors: sys.exit(1)
print("OK")
