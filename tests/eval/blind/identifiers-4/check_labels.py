#!/usr/bin/env python3
"""Author's own check of identifiers-4 (plain python3, stdlib only).

Checks: every document has one labels line and vice versa; fields are well formed;
every label and decoy text occurs in its document as a whole word (README match rule);
BSN labels and BSN decoys pass the 11-check; IBANs pass mod-97 and have their country's
length; ID-document numbers / MRZ lines, driving licences, KvK and VAT numbers have their
format; no text is both a label and a decoy of the same entity. Prints counts; exit 1 on error.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"PERSON", "NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_KVK", "NL_VAT",
        "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
        "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL", "SPECIAL_BIOMETRIC"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "BG": 22, "GB": 22, "TR": 26,
            "PT": 25, "LT": 20, "FR": 27, "ES": 24}
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def elf(d):
    if len(d) == 8: d = "0" + d
    if len(d) != 9 or not d.isdigit(): return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0

def bsn_digits(text, decoy):
    t = text
    m = re.fullmatch(r"(\d{9})L\d{2}", t)        # loonheffingennummer: RSIN + L + 2 digits
    if decoy and m: return m.group(1)
    if not re.fullmatch(r"[\d .\-]+", t): return None
    return re.sub(r"\D", "", t)

def iban_ok(text):
    s = re.sub(r"[ .\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if IBAN_LEN.get(s[:2]) != len(s): return False
    if s[:2] == "BE" and (int(s[4:14]) % 97 or 97) != int(s[14:16]): return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

def mrz_cd(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55
        t += v * (7, 3, 1)[i % 3]
    return str(t % 10)

def id_ok(text):
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", text): return True
    if len(text) == 44 and text.startswith("P<NLD") and re.fullmatch(r"[A-Z<]+", text): return True
    if len(text) == 44 and re.fullmatch(r"[A-Z0-9<]+", text):     # TD3 line 2
        d, dob, exp, pn = text[0:9], text[13:19], text[21:27], text[28:42]
        return (mrz_cd(d) == text[9] and mrz_cd(dob) == text[19] and mrz_cd(exp) == text[27]
                and mrz_cd(pn) == text[42]
                and mrz_cd(text[0:10] + text[13:20] + text[21:43]) == text[43])
    return False

def vat_ok(text):
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", text)
    if not m: return False
    if elf(m.group(1)): return True
    num = "".join(str(int(c, 36)) for c in text)    # newer numbers: mod 97 over 'NL' + digits
    return int(num) % 97 == 1

FORMAT = {
    "NL_DRIVERS_LICENSE": lambda t: re.fullmatch(r"\d{10}", t) is not None,
    "NL_KVK": lambda t: re.fullmatch(r"\d{8}", t) is not None,
    "EMAIL_ADDRESS": lambda t: re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", t) is not None,
    "PHONE_NUMBER": lambda t: len(re.sub(r"\D", "", t)) >= 9 and re.fullmatch(r"[\d +()/.\-]+", t) is not None,
    "DATE_OF_BIRTH": lambda t: re.search(r"\d", t) is not None,
    "IBAN_CODE": iban_ok, "NL_ID_DOCUMENT": id_ok, "NL_VAT": vat_ok,
}

def occurs(text, doc_text):
    return re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", doc_text) is not None

def main():
    docs_dir = os.path.join(HERE, "docs")
    files = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
    ent_count, dec_count, langs = Counter(), Counter(), Counter()
    seen = set()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip(): continue
            rec = json.loads(line)
            doc = rec.get("doc")
            if set(rec) != {"doc", "lang", "entities", "decoys"}:
                err(doc, f"line {n}: keys {sorted(rec)}")
            if doc in seen: err(doc, "labelled twice")
            seen.add(doc)
            if not re.fullmatch(r"\d{3}-[a-z0-9\-]+\.txt", doc or ""): err(doc, "bad file name")
            path = os.path.join(docs_dir, doc)
            if not os.path.exists(path):
                err(doc, "document missing"); continue
            text = open(path, encoding="utf-8").read()
            if rec.get("lang") not in ("nl", "en"): err(doc, "lang")
            langs[rec.get("lang")] += 1
            pairs = set()
            for kind, items in (("entity", rec.get("entities", [])), ("decoy", rec.get("decoys", []))):
                for it in items:
                    ent, t = it.get("entity"), it.get("text")
                    if ent not in SPEC: err(doc, f"{kind} unknown entity {ent}")
                    if not isinstance(t, str) or not t.strip() or t != t.strip():
                        err(doc, f"{kind} bad text {t!r}"); continue
                    if kind == "decoy" and not it.get("why"): err(doc, f"decoy without why: {t}")
                    if kind == "entity" and set(it) != {"entity", "text"}: err(doc, f"extra keys {it}")
                    if (kind, ent, t) in pairs: err(doc, f"duplicate {kind} {ent} {t}")
                    pairs.add((kind, ent, t))
                    if not occurs(t, text): err(doc, f"{kind} {ent} not found as whole word: {t!r}")
                    if ent == "NL_BSN":
                        d = bsn_digits(t, kind == "decoy")
                        if d is None or len(d) not in (8, 9) or not elf(d):
                            err(doc, f"{kind} NL_BSN fails 11-check/format: {t}")
                    elif kind == "entity" and ent in FORMAT and not FORMAT[ent](t):
                        err(doc, f"entity {ent} bad format: {t}")
                    (ent_count if kind == "entity" else dec_count)[ent] += 1
            for (k, e, t) in pairs:
                if k == "entity" and ("decoy", e, t) in pairs:
                    err(doc, f"{e} {t!r} both label and decoy")
    for f_ in files:
        if f_ not in seen: err(f_, "document without labels")
    print(f"documents: {len(files)}  languages: {dict(langs)}")
    print("labels:")
    for k, v in sorted(ent_count.items()): print(f"  {k:<20}{v}")
    print("decoys:")
    for k, v in sorted(dec_count.items()): print(f"  {k:<20}{v}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors: print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
