#!/usr/bin/env python3
"""Author's check of running-text-7 labels. Plain python3, stdlib only. Exits 1 on any error."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}
errors = []

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and d != "000000000"

IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"}
def iban_ok(s):
    x = s.replace(" ", "").upper()
    cc = x[:2]
    if cc not in IBAN_LEN or len(x) != IBAN_LEN[cc]: return False
    if cc == "NL" and (x[4:8] not in NL_BANKS or not x[8:].isdigit()): return False
    if cc in ("DE", "PL", "AT") and not x[4:].isdigit(): return False
    if cc == "GB" and not (x[4:8].isalpha() and x[8:].isdigit()): return False
    n = int("".join(str(int(c, 36)) for c in x[4:] + x[:4]))
    return n % 97 == 1

def occurs(text, s):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None

counts = collections.Counter(); dcounts = collections.Counter(); langs = collections.Counter()
seen_docs = set()
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}"); continue
        if set(o) != {"doc", "lang", "entities", "decoys"}:
            errors.append(f"line {ln}: fields {sorted(o)}")
        doc = o.get("doc", "")
        if doc in seen_docs: errors.append(f"{doc}: listed twice")
        seen_docs.add(doc)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc): errors.append(f"{doc}: bad name")
        if o.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang")
        langs[o.get("lang")] += 1
        p = os.path.join(HERE, "docs", doc)
        if not os.path.exists(p): errors.append(f"{doc}: missing file"); continue
        text = open(p, encoding="utf-8").read()
        keys = set()
        for kind, lst in (("entities", o["entities"]), ("decoys", o["decoys"])):
            for e in lst:
                want = {"entity", "text"} | ({"why"} if kind == "decoys" else set())
                if set(e) != want: errors.append(f"{doc}: {kind} fields {sorted(e)}")
                ent, t = e.get("entity"), e.get("text", "")
                if ent not in SPEC: errors.append(f"{doc}: unknown entity {ent}")
                if not t or t != t.strip(): errors.append(f"{doc}: empty/padded text {t!r}")
                if not occurs(text, t): errors.append(f"{doc}: {kind} {ent} {t!r} not found as whole word")
                if (ent, t) in keys: errors.append(f"{doc}: {ent} {t!r} both label and decoy or twice")
                keys.add((ent, t))
                if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: {kind} BSN {t} fails 11-check")
                if ent == "IBAN_CODE" and kind == "entities" and not iban_ok(t): errors.append(f"{doc}: IBAN {t} invalid")
                if kind == "decoys" and not e.get("why"): errors.append(f"{doc}: decoy without why")
                (counts if kind == "entities" else dcounts)[ent] += 1
docs_on_disk = set(os.listdir(os.path.join(HERE, "docs")))
for d in docs_on_disk - seen_docs: errors.append(f"{d}: no labels line")

print("documents:", len(seen_docs), dict(langs))
print("entity labels:", dict(sorted(counts.items())), "total", sum(counts.values()))
print("decoys:", dict(sorted(dcounts.items())), "total", sum(dcounts.values()))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
