#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set running-text-9 (plain python3)."""
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
LABEL_WORDS = ("bsn", "negative", "religion", "decoy")

errors = []
def err(msg): errors.append(msg)

def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and d != "000000000"

def iban_ok(s):
    v = s.replace(" ", "").upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc]: return False
    if cc == "NL" and (v[4:8] not in NL_BANKS or not v[8:].isdigit()): return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def spans(text, needle):
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]

def main():
    docdir = os.path.join(HERE, "docs")
    files = sorted(f for f in os.listdir(docdir) if f.endswith(".txt"))
    for f in files:
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): err(f"bad file name {f}")
        if any(w in f.lower() for w in LABEL_WORDS): err(f"label word in slug {f}")
    rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    seen = set()
    ent_count, dec_count, langs = Counter(), Counter(), Counter()
    for r in rows:
        doc = r.get("doc")
        if doc in seen: err(f"{doc}: listed twice")
        seen.add(doc)
        if doc not in files: err(f"{doc}: no such document"); continue
        if r.get("lang") not in ("nl", "en"): err(f"{doc}: bad lang")
        langs[r.get("lang")] += 1
        text = open(os.path.join(docdir, doc), encoding="utf-8").read()
        ents, decs = r.get("entities", []), r.get("decoys", [])
        etexts = {(e["entity"], e["text"]) for e in ents}
        for kind, lst in (("entity", ents), ("decoy", decs)):
            seen_pairs = set()
            for e in lst:
                ent, t = e.get("entity"), e.get("text")
                if ent not in ENTITIES: err(f"{doc}: unknown entity {ent}")
                if not t or t != t.strip(): err(f"{doc}: empty/padded text {t!r}")
                if (ent, t) in seen_pairs: err(f"{doc}: duplicate {kind} {ent} {t!r}")
                seen_pairs.add((ent, t))
                if not spans(text, t): err(f"{doc}: {kind} {ent} {t!r} not found as whole word")
                if ent == "NL_BSN" and not bsn_ok(t): err(f"{doc}: {kind} NL_BSN {t!r} fails 11-check")
                if ent == "IBAN_CODE" and not iban_ok(t): err(f"{doc}: {kind} IBAN {t!r} invalid")
                if ent == "EMAIL_ADDRESS" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
                    err(f"{doc}: bad e-mail {t!r}")
                if kind == "decoy" and (ent, t) in etexts: err(f"{doc}: {t!r} both entity and decoy")
                (ent_count if kind == "entity" else dec_count)[ent] += 1
        # every labelled span must survive "longer wins" against the other list
        allspans = [(s, e_, lab["entity"], kind, lab["text"])
                    for kind, lst in (("entity", ents), ("decoy", decs))
                    for lab in lst for (s, e_) in spans(text, lab["text"])]
        for lab_kind, lst in (("entity", ents), ("decoy", decs)):
            for lab in lst:
                own = spans(text, lab["text"])
                alive = 0
                for (s, e_) in own:
                    covered = any(o[2] == lab["entity"] and o[3] != lab_kind and o[0] <= s and e_ <= o[1]
                                  and (o[1] - o[0]) > (e_ - s) for o in allspans)
                    if not covered: alive += 1
                if own and not alive:
                    err(f"{doc}: {lab_kind} {lab['text']!r} only occurs inside a longer opposite label")
        # names inside e-mail addresses are not labelled separately
        emails = [(m.start(), m.end()) for m in re.finditer(r"[\w.+-]+@[\w.-]+", text)]
        for lab in ents:
            if lab["entity"] == "PERSON":
                for (s, e_) in spans(text, lab["text"]):
                    if any(a <= s < b for a, b in emails):
                        err(f"{doc}: PERSON {lab['text']!r} matches inside an e-mail address")
        # unlabelled 11-check numbers and IBAN-like strings
        for m in re.finditer(r"(?<![\w-])\d{9}(?![\w-])", text):
            if bsn_ok(m.group()) and not any(m.group() == x["text"] for x in ents + decs):
                err(f"{doc}: unlabelled 11-check number {m.group()}")
    for f in files:
        if f not in seen: err(f"{f}: no labels row")
    print(f"documents: {len(rows)} ({dict(langs)})")
    print("entities:", dict(sorted(ent_count.items())), "total", sum(ent_count.values()))
    print("decoys:  ", dict(sorted(dec_count.items())), "total", sum(dec_count.values()))
    if errors:
        for e in errors: print("ERROR", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
