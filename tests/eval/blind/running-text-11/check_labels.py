#!/usr/bin/env python3
"""Check labels.jsonl of the running-text-11 set (plain python3, no packages)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ENTITIES = {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
BAD_SLUG = ("bsn", "negative", "religion", "decoy")


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
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def spans(text, t):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text)]


errors = []
ent_count, dec_count, langs = Counter(), Counter(), Counter()
seen = set()
docs_dir = os.path.join(HERE, "docs")
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = rec["doc"]
        if doc in seen:
            errors.append(f"{doc}: listed twice")
        seen.add(doc)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc) or any(w in doc.lower() for w in BAD_SLUG):
            errors.append(f"{doc}: bad file name")
        if rec.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: bad lang")
        langs[rec.get("lang")] += 1
        path = os.path.join(docs_dir, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: missing file")
            continue
        text = open(path, encoding="utf-8").read()
        ent_spans = {}
        for kind, key in (("entity", "entities"), ("decoy", "decoys")):
            for lab in rec.get(key, []):
                e, t = lab["entity"], lab["text"]
                if e not in ENTITIES:
                    errors.append(f"{doc}: unknown entity {e}")
                sp = spans(text, t)
                if not sp:
                    errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
                if kind == "entity":
                    ent_count[e] += 1
                    ent_spans.setdefault(e, []).extend(sp)
                    if e == "NL_BSN" and not bsn_ok(t):
                        errors.append(f"{doc}: BSN {t!r} fails 11-check")
                    if e == "IBAN_CODE" and not iban_ok(t):
                        errors.append(f"{doc}: IBAN {t!r} invalid")
                else:
                    dec_count[e] += 1
                    if e == "NL_BSN" and not bsn_ok(t):
                        errors.append(f"{doc}: BSN decoy {t!r} should be 11-check valid")
        # a decoy must not overlap a labelled span of the same entity
        for lab in rec.get("decoys", []):
            e, t = lab["entity"], lab["text"]
            for a, b in spans(text, t):
                for c, d in ent_spans.get(e, []):
                    if a < d and c < b:
                        errors.append(f"{doc}: decoy {e} {t!r} overlaps label {text[c:d]!r}")
        # every 9-digit number in the text must be labelled as BSN or BSN decoy
        labelled = {l["text"] for l in rec.get("entities", []) + rec.get("decoys", []) if l["entity"] == "NL_BSN"}
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
            if bsn_ok(m.group()) and m.group() not in labelled:
                errors.append(f"{doc}: 11-check-valid number {m.group()} not labelled")

for name in sorted(os.listdir(docs_dir)):
    if name not in seen:
        errors.append(f"{name}: file has no labels")

print(f"documents: {len(seen)}  ({dict(langs)})")
print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
