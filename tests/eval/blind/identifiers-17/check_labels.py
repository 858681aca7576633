#!/usr/bin/env python3
"""Check the labels of the blind entity set identifiers-17 (plain python3, no packages).

Every label text must occur in its document as a whole word (case-sensitive), except the
few listed in SUBSTRING_ONLY (fixed-width records with the value glued to other digits).
Identifier labels are validated (BSN 11-check, IBAN mod-97 + country length + Dutch bank
code, VAT, ID-document format, KvK / driving-licence length). Prints counts; exit 1 on error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
ENTITIES = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "SPECIAL_HEALTH",
            "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS", "SPECIAL_TRADE_UNION",
            "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
# values glued to neighbouring digits in a fixed-width record: they cannot match as a whole word
SUBSTRING_ONLY = {
    ("025-vaste-breedte-plak.txt", "366410957"), ("025-vaste-breedte-plak.txt", "391221954"),
    ("025-vaste-breedte-plak.txt", "286496768"), ("025-vaste-breedte-plak.txt", "03021990"),
    ("025-vaste-breedte-plak.txt", "11071988"), ("025-vaste-breedte-plak.txt", "25121975"),
    ("025-vaste-breedte-plak.txt", "702132822"), ("025-vaste-breedte-plak.txt", "618850776"),
    ("025-vaste-breedte-plak.txt", "19041983"), ("025-vaste-breedte-plak.txt", "01011970"),
    ("025-vaste-breedte-plak.txt", "337128479"), ("025-vaste-breedte-plak.txt", "789203765"),
    ("025-vaste-breedte-plak.txt", "30071999"), ("025-vaste-breedte-plak.txt", "08061965"),
}
NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"}
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "PL": 28, "AT": 20}
errors, notes = [], []


def elf(d):
    d = d.zfill(9)
    return len(d) == 9 and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:].isalnum():
        return False
    if cc == "NL" and s[4:8] not in NL_BANKS:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def vat_ok(s):
    s = re.sub(r"[ .]", "", s).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    if not m:
        return False
    mod97 = int("".join(str(int(c, 36)) for c in s[2:] + "2321")) % 97 == 1  # NL -> 23 21
    return elf(m.group(1)) or mod97


def whole(text, body):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body) is not None


def validate(doc, ent, text, decoy):
    digits = re.sub(r"\D", "", text)
    where = f"{doc}: {'decoy ' if decoy else ''}{ent} {text!r}"
    if ent == "NL_BSN":
        if decoy:
            if len(digits) == 9 and not elf(digits) and not re.search(r"[A-Za-z]", text):
                errors.append(where + " 9-digit decoy fails the 11-check (should be a look-alike)")
        else:
            if not re.fullmatch(r"[\d .\-]+", text) or len(digits) not in (8, 9) or not elf(digits):
                errors.append(where + " is not an 11-check-valid BSN")
    elif ent == "IBAN_CODE" and not decoy and not iban_ok(text):
        errors.append(where + " invalid IBAN")
    elif ent == "NL_VAT" and not decoy and not vat_ok(text):
        errors.append(where + " invalid VAT number")
    elif ent == "NL_ID_DOCUMENT" and not decoy and not re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", text):
        errors.append(where + " invalid ID-document number")
    elif ent == "NL_DRIVERS_LICENSE" and not decoy and not re.fullmatch(r"\d{10}", text):
        errors.append(where + " not 10 digits")
    elif ent == "NL_KVK" and not decoy and not re.fullmatch(r"\d{8}", text):
        errors.append(where + " not 8 digits")
    elif ent == "EMAIL_ADDRESS" and not decoy and not re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
        errors.append(where + " not an e-mail address")
    elif ent == "PHONE_NUMBER" and not decoy and not (9 <= len(digits) <= 15):
        errors.append(where + " odd phone length")
    elif ent == "DATE_OF_BIRTH" and not re.search(r"\d", text):
        errors.append(where + " no digits in date")


def main():
    files = sorted(f for f in os.listdir(DOCS) if f.endswith(".txt"))
    seen = set()
    ent_count, dec_count, lang_count = Counter(), Counter(), Counter()
    for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = rec["doc"]
        if doc in seen:
            errors.append(f"line {n}: duplicate doc {doc}")
        seen.add(doc)
        if rec.get("lang") not in ("nl", "en"):
            errors.append(f"{doc}: bad lang")
        lang_count[rec.get("lang")] += 1
        path = os.path.join(DOCS, doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: no such document")
            continue
        body = open(path, encoding="utf-8").read()
        pairs = set()
        for key, decoy in (("entities", False), ("decoys", True)):
            for lab in rec[key]:
                ent, text = lab["entity"], lab["text"]
                if ent not in ENTITIES:
                    errors.append(f"{doc}: unknown entity {ent}")
                if (ent, text, decoy) in pairs:
                    errors.append(f"{doc}: duplicate label {ent} {text!r}")
                if (ent, text, not decoy) in pairs:
                    errors.append(f"{doc}: {ent} {text!r} both entity and decoy")
                pairs.add((ent, text, decoy))
                if not whole(text, body):
                    if (doc, text) in SUBSTRING_ONLY and text in body:
                        notes.append(f"{doc}: {ent} {text!r} occurs only glued to other digits")
                    else:
                        errors.append(f"{doc}: {ent} {text!r} not found as a whole word")
                validate(doc, ent, text, decoy)
                (dec_count if decoy else ent_count)[ent] += 1
        # every 11-check-valid 9-digit run and every IBAN-looking string must be labelled somehow
        labelled = " ".join(l["text"] for l in rec["entities"] + rec["decoys"])
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", body):
            if elf(m.group()) and m.group() not in re.sub(r"[ .\-]", "", labelled):
                notes.append(f"{doc}: unlabelled 11-check-valid number {m.group()}")
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", body):
            if iban_ok(m.group()) and m.group() not in labelled:
                notes.append(f"{doc}: unlabelled valid IBAN {m.group()}")
    for f in files:
        if f not in seen:
            errors.append(f"{f}: document without labels")
    for w in notes:
        print("note:", w)
    print(f"documents: {len(seen)} ({dict(lang_count)})")
    print("entity labels (distinct texts per document):")
    for e in sorted(set(ent_count) | set(dec_count)):
        print(f"  {e:20s} {ent_count[e]:4d}   decoys {dec_count[e]:4d}")
    print(f"  {'total':20s} {sum(ent_count.values()):4d}   decoys {sum(dec_count.values()):4d}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
