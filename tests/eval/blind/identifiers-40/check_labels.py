#!/usr/bin/env python3
"""Author's own check of the identifiers-40 labels (plain python3, no dependencies)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
                 "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
                 "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
                 "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
                 "SPECIAL_BIOMETRIC"}
USED = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nl_id_shape(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

errors = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1: errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs: errors.append(f"label row for missing doc {d}")
ent_c, dec_c, lang_c = Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"): errors.append(f"{r['doc']}: bad lang")
    lang_c[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", r["doc"])
    if not os.path.exists(path): continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            where = f"{r['doc']} {kind} {e} {t!r}"
            if e not in SPEC_ENTITIES or e not in USED: errors.append(f"{where}: entity not allowed")
            if "\n" in t or t != t.strip() or not t: errors.append(f"{where}: line break/blank")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{where}: not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{where}: fails 11-check")
            if kind == "entities" and e == "IBAN_CODE" and not iban_ok(t): errors.append(f"{where}: fails mod-97")
            if kind == "entities" and e == "NL_ID_DOCUMENT" and not nl_id_shape(t):
                errors.append(f"{where}: not the Dutch 9-character shape")
            (ent_c if kind == "entities" else dec_c)[e] += 1
    # no text may be both an entity and a decoy of the same entity in one doc
    ents = {(l["entity"], l["text"]) for l in r["entities"]}
    for l in r["decoys"]:
        if (l["entity"], l["text"]) in ents: errors.append(f"{r['doc']}: {l} is both entity and decoy")

print(f"documents: {len(docs)}  label rows: {len(rows)}  by lang: {dict(lang_c)}")
print("entity labels:", dict(sorted(ent_c.items())), "total", sum(ent_c.values()))
print("decoy labels: ", dict(sorted(dec_c.items())), "total", sum(dec_c.values()))
if errors:
    print("\n".join(errors)); print(f"{len(errors)} ERROR(S)"); sys.exit(1)
print("OK")
