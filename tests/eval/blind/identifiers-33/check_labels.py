#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the identifiers-33 blind set (plain python3)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    n = [int(c) for c in d]
    return (sum(n[i] * (9 - i) for i in range(8)) - n[8]) % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s.startswith("NL") and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def nlid_ok(s):
    return re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s) is not None

def mrz_cd(s):
    w = [7, 3, 1]; t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return t % 10

errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = Counter(r["doc"] for r in rows)
for d in docs:
    if seen[d] != 1:
        errors.append(f"{d}: {seen[d]} label rows")
for d in seen:
    if d not in docs:
        errors.append(f"label row for missing doc {d}")
for i, d in enumerate(docs, 1):
    if not re.fullmatch(r"%03d-[a-z0-9-]+\.txt" % i, d):
        errors.append(f"bad doc name / numbering: {d}")

ent_count, dec_count, occ_count, langs = Counter(), Counter(), Counter(), Counter()
for r in rows:
    if r.get("lang") not in ("nl", "en"):
        errors.append(f"{r['doc']}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    text = open(os.path.join(HERE, "docs", r["doc"]), encoding="utf-8").read()
    ent_texts = {(e["entity"], e["text"]) for e in r["entities"]}
    for kind, lst, cnt in (("entity", r["entities"], ent_count), ("decoy", r["decoys"], dec_count)):
        for e in lst:
            ent, t = e["entity"], e["text"]
            where = f"{r['doc']} {kind} {ent} {t!r}"
            if ent not in ENTITIES:
                errors.append(f"{where}: unknown entity")
            if "\n" in t or "\r" in t:
                errors.append(f"{where}: spans a line break")
            n = len(re.findall(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text))
            if n == 0:
                errors.append(f"{where}: not found as whole word")
            cnt[ent] += 1
            if kind == "entity":
                occ_count[ent] += n
            if ent == "NL_BSN" and not bsn_ok(t):
                errors.append(f"{where}: fails 11-check")
            if ent == "IBAN_CODE" and kind == "entity" and not iban_ok(t):
                errors.append(f"{where}: fails mod-97")
            if ent == "NL_ID_DOCUMENT" and kind == "entity":
                if t.startswith("I<NLD"):
                    num = t[5:14]
                    if not nlid_ok(num) or mrz_cd(num) != int(t[14]):
                        errors.append(f"{where}: bad MRZ")
                elif not nlid_ok(t):
                    errors.append(f"{where}: not the Dutch document-number shape")
            if ent == "NL_DRIVERS_LICENSE" and not re.fullmatch(r"\d{10}", t):
                errors.append(f"{where}: not 10 digits")
            if kind == "decoy" and (ent, t) in ent_texts:
                errors.append(f"{where}: also an entity label")

print("documents:", len(docs), dict(langs))
print("entity labels:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("entity occurrences:", dict(sorted(occ_count.items())), "total", sum(occ_count.values()))
print("decoy labels:", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    print("\n".join(errors))
    print("FAILED:", len(errors), "problem(s)")
    sys.exit(1)
print("OK")
