# one-off: converts the hand-written labels.src (one line a document) into labels.jsonl
import json
SP = {"H":"SPECIAL_HEALTH","R":"SPECIAL_RELIGION","E":"SPECIAL_ETHNICITY","P":"SPECIAL_POLITICS",
      "T":"SPECIAL_TRADE_UNION","S":"SPECIAL_SEXUAL_ORIENTATION","C":"SPECIAL_CRIMINAL","B":"SPECIAL_BIOMETRIC"}
NON_HR_OTHER = set()  # filled from labels.src column hr (derived below)
out = []
for line in open("labels.src", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    doc, lang, dt, sp, hn, dg, rules, ev = line.split("|", 7)
    evidence = []
    for part in [p for p in ev.split(";;") if p]:
        ent, text = part.split("=", 1)
        evidence.append({"entity": ent, "text": text})
    out.append({"doc": doc, "lang": lang, "doc_type": dt,
                "special": sorted(SP[c] for c in sp.split(",") if c),
                "hard_negative": hn == "1", "diagnosis": dg == "1",
                "rules": sorted(r for r in rules.split(",") if r),
                "evidence": evidence})
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "labels written")
