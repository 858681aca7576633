#!/usr/bin/env python3
"""Author's own check of labels.jsonl for the blind set running-text-2 (plain python3, stdlib).

Checks: every doc file has one label row and vice versa; fields and entity names are valid;
every label text occurs in its document as a whole word, case-sensitively
((?<!\\w)text(?!\\w)); every label has at least one occurrence that is not swallowed by a
longer overlapping label; no text is both an entity and a decoy of the same kind in one
document; NL_BSN entities and NL_BSN decoys pass the 11-check; IBAN_CODE entities pass
mod-97. Prints counts; exits 1 on any error.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NL_BSN", "IBAN_CODE",
        "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK"}
errors = []


def err(msg):
    errors.append(msg)


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    n = [int(c) for c in d]
    return (sum(n[i] * (9 - i) for i in range(8)) - n[8]) % 11 == 0


def iban_ok(s):
    v = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def spans(text, needle):
    return [(m.start(), m.end()) for m in
            re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
seen = [r.get("doc") for r in rows]
for d in docs:
    if seen.count(d) != 1:
        err(f"{d}: {seen.count(d)} label rows")
for d in seen:
    if d not in docs:
        err(f"{d}: label row without document")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d or ""):
        err(f"{d}: bad file name")

cnt = collections.Counter()
dcnt = collections.Counter()
langs = collections.Counter()
for r in rows:
    doc = r.get("doc")
    if set(r) != {"doc", "lang", "entities", "decoys"}:
        err(f"{doc}: fields {sorted(r)}")
    if r.get("lang") not in ("nl", "en"):
        err(f"{doc}: lang {r.get('lang')}")
    langs[r.get("lang")] += 1
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    all_labels = []
    for kind in ("entities", "decoys"):
        keys = set()
        for e in r.get(kind, []):
            want = {"entity", "text", "why"} if kind == "decoys" else {"entity", "text"}
            if set(e) != want:
                err(f"{doc}: {kind} item fields {sorted(e)}")
            if kind == "decoys" and not e.get("why", "").strip():
                err(f"{doc}: decoy without why: {e.get('text')}")
            if e.get("entity") not in SPEC:
                err(f"{doc}: unknown entity {e.get('entity')}")
            t = e.get("text", "")
            if not t or t != t.strip():
                err(f"{doc}: empty or padded text {t!r}")
            if (e["entity"], t) in keys:
                err(f"{doc}: duplicate {kind} {t!r}")
            keys.add((e["entity"], t))
            if not spans(text, t):
                err(f"{doc}: {kind} text not found as whole word: {t!r}")
            if e["entity"] == "NL_BSN" and not bsn_ok(t):
                err(f"{doc}: {kind} BSN fails 11-check: {t!r}")
            if e["entity"] == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                err(f"{doc}: IBAN fails mod-97: {t!r}")
            all_labels.append((kind, e["entity"], t))
            (cnt if kind == "entities" else dcnt)[e["entity"]] += 1
    ent = {(e["entity"], e["text"]) for e in r.get("entities", [])}
    for e in r.get("decoys", []):
        if (e["entity"], e["text"]) in ent:
            err(f"{doc}: same text is entity and decoy: {e['text']!r}")
    # every label must win at least one of its occurrences (longer overlapping label wins)
    occ = [(s, e_, lab) for lab in all_labels for (s, e_) in spans(text, lab[2])]
    for lab in all_labels:
        mine = [(s, e_) for (s, e_, l2) in occ if l2 == lab]
        ok = False
        for (s, e_) in mine:
            if not any(l2 != lab and s2 < e_ and s < e2 and (e2 - s2) > (e_ - s)
                       for (s2, e2, l2) in occ):
                ok = True
                break
        if mine and not ok:
            err(f"{doc}: label always inside a longer label: {lab[2]!r}")

print(f"documents: {len(rows)}  ({dict(langs)})")
print("entities:", dict(sorted(cnt.items())))
print("decoys:  ", dict(sorted(dcnt.items())))
if errors:
    print(f"{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
