#!/usr/bin/env python3
"""Check labels.jsonl of this blind set against docs/. Exit 1 on any error."""
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
SLUG_BAD = ("bsn", "negative", "religion", "decoy")

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def main():
    errors = []
    ent_count, dec_count = Counter(), Counter()
    langs = Counter()
    seen = set()
    docdir = os.path.join(HERE, "docs")
    files = sorted(os.listdir(docdir))
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    for row in rows:
        doc = row["doc"]
        if doc in seen:
            errors.append(f"{doc}: listed twice")
        seen.add(doc)
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", doc):
            errors.append(f"{doc}: bad file name")
        if any(w in doc.lower() for w in SLUG_BAD):
            errors.append(f"{doc}: slug contains a label word")
        if row.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: bad lang")
        langs[row.get("lang")] += 1
        path = os.path.join(docdir, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: file missing")
            continue
        text = open(path, encoding="utf-8").read()
        ent_texts = set()
        for key in ("entities", "decoys"):
            for lab in row.get(key, []):
                e, t = lab["entity"], lab["text"]
                if e not in ENTITIES:
                    errors.append(f"{doc}: unknown entity {e}")
                if not t or t != t.strip():
                    errors.append(f"{doc}: empty or padded text {t!r}")
                if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                    errors.append(f"{doc}: {key} {e} {t!r} not found as a whole word")
                if e == "NL_BSN" and not bsn_ok(t):
                    errors.append(f"{doc}: {key} NL_BSN {t!r} fails the 11-check")
                if e == "IBAN_CODE" and key == "entities" and not iban_ok(t):
                    errors.append(f"{doc}: IBAN {t!r} invalid")
                if key == "entities":
                    ent_count[e] += 1
                    ent_texts.add((e, t))
                else:
                    dec_count[e] += 1
                    if (e, t) in ent_texts:
                        errors.append(f"{doc}: {t!r} is both entity and decoy")
        # names inside e-mail addresses are not labelled: no PERSON label may match inside one
        spans = [m.span() for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)]
        for lab in row.get("entities", []) + row.get("decoys", []):
            if lab["entity"] != "PERSON":
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(lab["text"]) + r"(?!\w)", text):
                if any(a <= m.start() < b for a, b in spans):
                    errors.append(f"{doc}: PERSON label {lab['text']!r} matches inside an e-mail address")
        labelled = {l["text"] for l in row.get("entities", []) + row.get("decoys", [])}
        for a, b in spans:
            if text[a:b] not in labelled:
                errors.append(f"{doc}: e-mail {text[a:b]!r} not labelled")
        # every IBAN-looking string in the text must be valid
        for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b", text):
            if m.group()[:2] in IBAN_LEN and not iban_ok(m.group()):
                errors.append(f"{doc}: IBAN-like {m.group()} in text is invalid")
    for fn in files:
        if fn not in seen:
            errors.append(f"{fn}: no labels row")
    print(f"documents: {len(rows)} ({dict(langs)})")
    print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
    print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
