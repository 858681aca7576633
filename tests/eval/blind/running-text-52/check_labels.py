import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}
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
errs = []; counts = {}; dcounts = {}; langs = {}
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [r["doc"] for r in rows]
if sorted(seen) != docs: errs.append("label rows and docs differ: %s" % (set(seen) ^ set(docs)))
if len(seen) != len(set(seen)): errs.append("duplicate rows")
for r in rows:
    langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    if r["lang"] not in ("nl", "en"): errs.append("lang " + r["doc"])
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    for kind, lst, cnt in (("entity", r["entities"], counts), ("decoy", r["decoys"], dcounts)):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            cnt[e] = cnt.get(e, 0) + 1
            if e not in ENT: errs.append("%s: bad entity %s" % (r["doc"], e))
            if "\n" in t: errs.append("%s: line break in %r" % (r["doc"], t))
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errs.append("%s: %s %r not found as whole word" % (r["doc"], kind, t))
            if e == "NL_BSN" and not bsn_ok(t): errs.append("%s: BSN fails 11-check %r" % (r["doc"], t))
            if e == "IBAN_CODE" and not iban_ok(t): errs.append("%s: IBAN fails mod-97 %r" % (r["doc"], t))
print("documents:", len(rows), langs)
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
