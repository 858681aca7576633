#!/usr/bin/env python3
"""Author's check of labels.jsonl for the running-text-20 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
           "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON"}
SET_ENTITIES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

errors = []
ent_counts, dec_counts, langs = Counter(), Counter(), Counter()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = set()
for row in rows:
    name = row["doc"]
    if name in seen: errors.append(f"{name}: duplicate row")
    seen.add(name)
    if row.get("lang") not in ("nl", "en"): errors.append(f"{name}: bad lang")
    langs[row.get("lang")] += 1
    path = os.path.join(HERE, "docs", name)
    if not os.path.exists(path):
        errors.append(f"{name}: document missing"); continue
    text = open(path, encoding="utf-8").read()
    for kind in ("entities", "decoys"):
        for lab in row.get(kind, []):
            ent, t = lab["entity"], lab["text"]
            if ent not in ALLOWED: errors.append(f"{name}: unknown entity {ent}")
            if kind == "entities" and ent not in SET_ENTITIES:
                errors.append(f"{name}: entity {ent} not in this set's scope")
            if "\n" in t or "\r" in t: errors.append(f"{name}: label spans line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{name}: {kind} text not found as whole word: {t!r}")
            if ent == "NL_BSN" and not bsn_ok(t): errors.append(f"{name}: BSN fails 11-check: {t}")
            if ent == "IBAN_CODE" and not iban_ok(t): errors.append(f"{name}: IBAN fails mod-97: {t}")
            (ent_counts if kind == "entities" else dec_counts)[ent] += 1
    # warnings: identifiers in the text that carry no label at all
    labelled = {l["text"] for k in ("entities", "decoys") for l in row.get(k, [])}
    for m in re.findall(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_ok(m) and m not in labelled: errors.append(f"{name}: unlabelled 11-check number {m}")
    for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if m not in labelled: errors.append(f"{name}: unlabelled e-mail {m}")
    for m in re.findall(r"\bNL\d{2}[A-Z]{4}\d{10}\b", text):
        if m not in labelled: errors.append(f"{name}: unlabelled IBAN {m}")
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")

print(f"documents: {len(docs)}  by language: {dict(langs)}")
print("entities:", dict(sorted(ent_counts.items())), "total", sum(ent_counts.values()))
print("decoys:  ", dict(sorted(dec_counts.items())), "total", sum(dec_counts.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
