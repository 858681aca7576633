#!/usr/bin/env python3
"""Own check of labels.jsonl for the blind set identifiers-43 (plain python3)."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"NL_BSN","IBAN_CODE","EMAIL_ADDRESS","PHONE_NUMBER","DATE_OF_BIRTH","NL_ID_DOCUMENT",
       "NL_DRIVERS_LICENSE","NL_VAT","NL_KVK","PERSON","SPECIAL_HEALTH","SPECIAL_RELIGION",
       "SPECIAL_ETHNICITY","SPECIAL_POLITICS","SPECIAL_TRADE_UNION",
       "SPECIAL_SEXUAL_ORIENTATION","SPECIAL_CRIMINAL","SPECIAL_BIOMETRIC"}
def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 8: d = "0" + d
    if len(d) != 9: return False
    t = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return t % 11 == 0 and int(d) != 0
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
errors = []
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
cnt_e, cnt_d, langs = collections.Counter(), collections.Counter(), collections.Counter()
for r in rows:
    doc = r["doc"]
    if doc in seen: errors.append(f"{doc}: duplicate row")
    seen.add(doc)
    if r.get("lang") not in ("nl", "en"): errors.append(f"{doc}: bad lang")
    langs[r.get("lang")] += 1
    p = os.path.join(HERE, "docs", doc)
    if not os.path.exists(p): errors.append(f"{doc}: no such document"); continue
    text = open(p, encoding="utf-8").read()
    for kind, cnt in (("entities", cnt_e), ("decoys", cnt_d)):
        for lab in r[kind]:
            e, t = lab["entity"], lab["text"]
            if e not in ENT: errors.append(f"{doc}: unknown entity {e}")
            if "\n" in t: errors.append(f"{doc}: label spans a line break: {t!r}")
            if not re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text):
                errors.append(f"{doc}: {kind} {e} {t!r} not found as whole word")
            if e == "NL_BSN" and not bsn_ok(t): errors.append(f"{doc}: BSN {t!r} fails 11-check")
            if e == "IBAN_CODE" and kind == "entities" and not iban_ok(t):
                errors.append(f"{doc}: IBAN {t!r} fails mod-97")
            cnt[e] += 1
for d in docs:
    if d not in seen: errors.append(f"{d}: no label row")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", d): errors.append(f"{d}: bad file name")
print("documents:", len(docs), dict(langs))
print("entities:", dict(sorted(cnt_e.items())), "total", sum(cnt_e.values()))
print("decoys:  ", dict(sorted(cnt_d.items())), "total", sum(cnt_d.values()))
if errors:
    print("\n".join(errors)); print("FAIL"); sys.exit(1)
print("OK")
