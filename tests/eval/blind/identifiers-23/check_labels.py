#!/usr/bin/env python3
"""Author's check of labels.jsonl for the identifiers-23 blind set (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "BG": 22, "FR": 27, "ES": 24}

def bsn_ok(s):
    return len(s) == 9 and s.isdigit() and \
        (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0

def iban_ok(t):
    s = t.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return "bad shape"
    if IBAN_LEN.get(s[:2]) != len(s): return "bad length for " + s[:2]
    if s[:2] == "NL" and s[4:8] not in NL_BANKS: return "unknown NL bank"
    r = s[4:] + s[:4]
    if int("".join(str(int(c, 36)) for c in r)) % 97 != 1: return "mod-97 fails"
    return None

def nl_doc_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", s) is not None

errors = []
ent_count, dec_count = Counter(), Counter()
seen_docs = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for row in rows:
    doc = row["doc"]; seen_docs.add(doc)
    path = os.path.join(DOCS, doc)
    if not os.path.exists(path):
        errors.append(f"{doc}: file missing"); continue
    text = open(path, encoding="utf-8").read()
    if row.get("lang") not in ("nl", "en"): errors.append(f"{doc}: lang {row.get('lang')}")
    spans = []
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            e, t = lab["entity"], lab["text"]
            if e not in ENTITIES: errors.append(f"{doc}: unknown entity {e}")
            ms = list(re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if not ms: errors.append(f"{doc}: {kind} text not found as whole word: {t!r}")
            spans += [(m.start(), m.end()) for m in ms]
            (ent_count if kind == "entities" else dec_count)[e] += 1
            if kind == "entities":
                if e == "NL_BSN" and not bsn_ok(re.sub(r"\D", "", t).zfill(9)):
                    errors.append(f"{doc}: BSN fails 11-check: {t}")
                if e == "IBAN_CODE" and iban_ok(t):
                    errors.append(f"{doc}: IBAN {t}: {iban_ok(t)}")
                if e == "NL_ID_DOCUMENT" and not nl_doc_ok(t):
                    errors.append(f"{doc}: NL document number shape: {t}")
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m.group()) and not any(a <= m.start() and m.end() <= b for a, b in spans):
            errors.append(f"{doc}: 11-check-valid number {m.group()} neither BSN nor decoy")
    for m in re.finditer(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?", text):
        if not iban_ok(m.group()) and not any(a <= m.start() and m.end() <= b for a, b in spans):
            errors.append(f"{doc}: valid IBAN {m.group()} not labelled")
files = {f for f in os.listdir(DOCS) if f.endswith(".txt")}
for f in sorted(files - seen_docs): errors.append(f"{f}: no labels row")
for f in sorted(seen_docs - files): errors.append(f"{f}: labelled but no file")
for f in sorted(files):
    if not re.fullmatch(r"\d{3}-[a-z]+\.txt", f): errors.append(f"{f}: bad file name")

print(f"documents: {len(rows)}  lang: {dict(Counter(r['lang'] for r in rows))}")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
bsn_decoys = sum(1 for r in rows for d in r["decoys"] if d["entity"] == "NL_BSN"
                 and re.search(r"(?<!\d)\d{9}(?!\d)", d["text"])
                 and bsn_ok(re.search(r"(?<!\d)\d{9}(?!\d)", d["text"]).group()))
print("11-check-valid 9-digit decoys:", bsn_decoys)
for e in errors: print("ERROR", e)
if errors:
    print(f"{len(errors)} error(s)"); sys.exit(1)
print("OK")
