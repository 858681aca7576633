import json, os, re, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(c)*w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errs = []; cnt = Counter(); dcnt = Counter(); seen = set(); langs = Counter()
for ln in open(os.path.join(here, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip(): continue
    row = json.loads(ln); doc = row["doc"]
    if doc in seen: errs.append("duplicate row " + doc)
    seen.add(doc); langs[row["lang"]] += 1
    if row["lang"] not in ("nl", "en"): errs.append(doc + ": bad lang")
    p = os.path.join(here, "docs", doc)
    if not os.path.exists(p): errs.append("missing doc " + doc); continue
    text = open(p, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errs.append(f"{doc}: entity {e}")
            if "\n" in t: errs.append(f"{doc}: line break in {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append(f"{doc}: not found as whole word: {t!r}")
            if e == "NL_BSN" and not bsn_ok(t): errs.append(f"{doc}: BSN fails 11-check {t}")
            if e == "IBAN_CODE" and not iban_ok(t): errs.append(f"{doc}: IBAN fails mod-97 {t}")
            (cnt if kind == "entities" else dcnt)[e] += 1
docs = sorted(f for f in os.listdir(os.path.join(here, "docs")) if f.endswith(".txt"))
for d in docs:
    if d not in seen: errs.append("no label row for " + d)
print("documents:", len(docs), dict(langs))
print("entity labels:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoy labels:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
for e in errs: print("ERROR", e)
if errs: sys.exit(1)
print("OK")
