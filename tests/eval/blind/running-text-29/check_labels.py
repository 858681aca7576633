#!/usr/bin/env python3
"""Author's own check of labels.jsonl against docs/ (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
        "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
        "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
        "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
SET_ENTITIES = {"PERSON","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_BSN","IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) not in (8, 9): return False
    d = d.zfill(9)
    return sum(int(c)*w for c, w in zip(d, [9,8,7,6,5,4,3,2,-1])) % 11 == 0

NL_BANKS = {"ABNA","INGB","RABO","SNSB","ASNB","TRIO","KNAB","BUNQ","RBRB","FVLB","TRIO","REVO"}
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and (len(s) != 18 or s[4:8] not in NL_BANKS): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
docs = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith(".txt"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"label row for missing doc {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9-]+\.txt" % i, d): errors.append(f"bad/unsequenced name {d}")

ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    lang_c[r.get("lang")] += 1
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: lang {r.get('lang')}")
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        texts = set()
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in SPEC: errors.append(f"{r['doc']}: unknown entity {e}")
            if e not in SET_ENTITIES: errors.append(f"{r['doc']}: {e} not scored in this set")
            if "\n" in t or t != t.strip(): errors.append(f"{r['doc']}: bad span {t!r}")
            if (e, t) in texts: errors.append(f"{r['doc']}: duplicate {kind} {e} {t!r}")
            texts.add((e, t))
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{r['doc']}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{r['doc']}: BSN {t} fails 11-check")
            if e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{r['doc']}: IBAN {t} fails mod-97")
            (ent_c if kind == "entities" else dec_c)[e] += 1
    ents = {l["text"] for l in r["entities"]}
    for lab in r["decoys"]:
        if lab["text"] in ents: errors.append(f"{r['doc']}: {lab['text']!r} both entity and decoy")

print(f"documents: {len(docs)}  by lang: {dict(lang_c)}")
print("entity labels:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoy labels: ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
