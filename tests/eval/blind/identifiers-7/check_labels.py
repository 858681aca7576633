#!/usr/bin/env python3
"""Author's check of labels.jsonl for blind set identifiers-7 (plain python3, stdlib only)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON"}
errors = []
def err(m): errors.append(m)
def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 8: d = "0" + d
    if len(d) != 9 or int(d) == 0: return False
    return sum(int(c) * w for c, w in zip(d, [9,8,7,6,5,4,3,2,-1])) % 11 == 0
def iban_ok(v):
    s = re.sub(r"[\s.\-]", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    lens = {"NL":18,"BE":16,"DE":22,"PL":28,"ES":24,"RO":24,"FR":27,"GB":22,"IT":27,"TR":26,"PT":25,"BG":22}
    if s[:2] in lens and len(s) != lens[s[:2]]: return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
def vat_ok(v):
    s = re.sub(r"[\s.]", "", v).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    if not m: return False
    return bsn_ok(m.group(1)) or int("".join(str(int(c, 36)) for c in s)) % 97 == 1
def iddoc_ok(v):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", v) is not None
cnt = collections.Counter(); dcnt = collections.Counter(); seen = set(); langs = collections.Counter()
docdir = os.path.join(HERE, "docs")
files = set(os.listdir(docdir))
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        o = json.loads(line)
        if set(o) != {"doc","lang","entities","decoys"}: err(f"line {n}: keys {sorted(o)}")
        doc = o["doc"]
        if doc in seen: err(f"{doc}: listed twice")
        seen.add(doc)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc): err(f"{doc}: bad name")
        if o["lang"] not in ("nl","en"): err(f"{doc}: lang")
        langs[o["lang"]] += 1
        if doc not in files: err(f"{doc}: missing file"); continue
        text = open(os.path.join(docdir, doc), encoding="utf-8").read()
        pairs = set()
        for kind, lst in (("entity", o["entities"]), ("decoy", o["decoys"])):
            for it in lst:
                need = {"entity","text"} | ({"why"} if kind == "decoy" else set())
                if set(it) != need: err(f"{doc}: {kind} keys {sorted(it)}")
                e, t = it["entity"], it["text"]
                if e not in ENTS: err(f"{doc}: unknown entity {e}")
                if (e, t) in pairs: err(f"{doc}: duplicate/conflict {e} {t!r}")
                pairs.add((e, t))
                if t != t.strip() or not t: err(f"{doc}: whitespace around {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    err(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if e == "NL_BSN" and not bsn_ok(t): err(f"{doc}: {kind} BSN {t!r} fails 11-check")
                if kind == "entity":
                    cnt[e] += 1
                    if e == "IBAN_CODE" and not iban_ok(t): err(f"{doc}: IBAN {t!r} fails mod-97")
                    if e == "NL_VAT" and not vat_ok(t): err(f"{doc}: VAT {t!r} invalid")
                    if e == "NL_ID_DOCUMENT" and not iddoc_ok(t): err(f"{doc}: ID doc {t!r} format")
                    if e == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t): err(f"{doc}: rijbewijs {t!r}")
                    if e == "NL_KVK" and not re.fullmatch(r"\d{8}|\d{4}[ .]\d{4}|\d{2}[ .]\d{3}[ .]\d{3}", t): err(f"{doc}: KvK {t!r}")
                    if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[^\s@<>]+@[A-Za-z0-9.-]+\.[a-z]{2,}", t): err(f"{doc}: email {t!r}")
                    if e == "PHONE_NUMBER" and not (8 <= len(re.sub(r"\D", "", t)) <= 15): err(f"{doc}: phone {t!r}")
                else:
                    dcnt[e] += 1
                    if not it.get("why", "").strip(): err(f"{doc}: decoy without why")
for f in sorted(files - seen): err(f"{f}: file without labels")
print("documents:", len(seen), dict(langs))
print("entity labels:", dict(sorted(cnt.items())), "total", sum(cnt.values()))
print("decoys:", dict(sorted(dcnt.items())), "total", sum(dcnt.values()))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
