#!/usr/bin/env python3
"""Check labels.jsonl of the identifiers-14 blind set (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENTS = {"PERSON","NL_BSN","DATE_OF_BIRTH","PHONE_NUMBER","EMAIL_ADDRESS","IBAN_CODE",
        "NL_ID_DOCUMENT","NL_DRIVERS_LICENSE","NL_KVK","NL_VAT"}
LABEL_WORDS = ("bsn", "negative", "religion", "decoy")
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
NL_BANKS = {"ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ","RBRB"}
errors = []
def err(m): errors.append(m)
def bsn_ok(s):
    s = s.zfill(9)
    return len(s) == 9 and s.isdigit() and (sum(int(s[i])*(9-i) for i in range(8)) - int(s[8])) % 11 == 0
def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s): return False
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s): return False
    if cc == "NL" and (s[4:8] not in NL_BANKS or not s[8:].isdigit()): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def id_ok(s): return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None
def vat_ok(s):
    s = s.replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"NL(\d{9})B(\d\d)", s)
    return bool(m) and m.group(2) != "00" and bsn_ok(m.group(1))
def digits(s): return re.sub(r"\D", "", s)
counts = collections.Counter(); dcounts = collections.Counter(); langs = collections.Counter()
seen = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    rows = [json.loads(l) for l in f if l.strip()]
for r in rows:
    doc = r["doc"]; seen.add(doc); langs[r.get("lang")] += 1
    if r.get("lang") not in ("nl", "en"): err(f"{doc}: lang")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc): err(f"{doc}: file name")
    if any(w in doc.lower() for w in LABEL_WORDS): err(f"{doc}: label word in slug")
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): err(f"{doc}: missing"); continue
    text = open(p, encoding="utf-8").read()
    pairs = set()
    for kind, lst in (("entity", r["entities"]), ("decoy", r["decoys"])):
        for lab in lst:
            e, t = lab["entity"], lab["text"]
            if e not in ENTS: err(f"{doc}: unknown entity {e}")
            if (e, t) in pairs: err(f"{doc}: {e} {t!r} labelled twice / both entity and decoy")
            pairs.add((e, t))
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                err(f"{doc}: {kind} {e} {t!r} not found as whole word")
            (counts if kind == "entity" else dcounts)[e] += 1
            if e == "NL_BSN":
                d = t.strip()
                if not (d.isdigit() and len(d) in (8, 9) and bsn_ok(d)):
                    err(f"{doc}: {kind} NL_BSN {t!r} not an 11-check-valid 8/9-digit number")
            if kind == "entity":
                if e == "IBAN_CODE" and not iban_ok(t): err(f"{doc}: bad IBAN {t!r}")
                if e == "NL_ID_DOCUMENT" and not id_ok(t): err(f"{doc}: bad ID number {t!r}")
                if e == "NL_VAT" and not vat_ok(t): err(f"{doc}: bad VAT {t!r}")
                if e == "NL_KVK" and len(digits(t)) != 8: err(f"{doc}: bad KvK {t!r}")
                if e == "NL_DRIVERS_LICENSE" and (len(digits(t)) != 10 or not t.replace(" ","").isdigit()):
                    err(f"{doc}: bad licence {t!r}")
                if e == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t):
                    err(f"{doc}: bad e-mail {t!r}")
    # every IBAN-looking string in a text must be valid (no invalid IBANs in texts)
    for m in re.finditer(r"(?<![A-Z0-9])(NL|DE|GB|PL|AT)\d\d ?[A-Z0-9]{4}(?: ?[A-Z0-9]{1,4}){2,7}", text):
        cand = m.group(0)
        c = cand.replace(" ", "")
        if len(c) >= 15 and not iban_ok(c) and not vat_ok(c):
            # allow trailing grouped text to run on; check the longest valid prefix
            if not any(iban_ok(c[:n]) for n in range(15, len(c) + 1)):
                err(f"{doc}: IBAN-like string {cand!r} is not a valid IBAN")
for d in os.listdir(os.path.join(HERE, "docs")):
    if d not in seen: err(f"{d}: no labels")
print("documents:", len(rows), dict(langs))
print("entities:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:  ", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
for e in errors: print("ERROR", e)
if errors: sys.exit(1)
print("OK")
