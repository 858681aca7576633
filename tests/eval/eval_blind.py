"""Scores on the blind evaluation sets (tests/eval/blind/*/), beside the snippet sets we wrote.

A blind set was written and labelled by someone who had not read the code it scores; its
format is in tests/eval/blind/README.md. Two kinds are scored:

- entity sets (labels carry ``entities``): detect() on each document; per entity precision,
  recall and F1, and how many labelled decoys were reported;
- document sets (labels carry ``special``/``rules``): the whole per-file pipeline (extract,
  classify, detect, policy) on each document; document type accuracy, special categories per
  document, sickness-diagnosis, and each statement rule.

    .venv/bin/python tests/eval/eval_blind.py

Only scores are printed, never a document's text or label (the sets hold identifiers, and a
reader who sees the misses starts tuning to them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.eval.eval_detectors import Score

BLIND = Path(__file__).resolve().parent / "blind"
# Labels are matched as whole words, but may start or end with '+', '(' or '.'.
EDGE = r"(?<!\w){}(?!\w)"
SCAN_TIME = datetime(2026, 11, 30, tzinfo=UTC)  # the retention rules are not scored


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int


def label_spans(text: str, labels: Iterable[dict[str, Any]]) -> list[Span]:
    """Every occurrence of every labelled string; a longer label wins where two overlap
    (a full name and the surname inside it are one mention)."""
    found = [Span(lab["entity"], m.start(), m.end())
             for lab in labels if lab["text"]
             for m in re.finditer(EDGE.format(re.escape(lab["text"])), text)]
    kept: list[Span] = []
    for s in sorted(found, key=lambda s: s.start - s.end):
        if not any(k.entity == s.entity and k.start < s.end and s.start < k.end for k in kept):
            kept.append(s)
    return kept


def _overlaps(a: Any, b: Span) -> bool:
    return bool(a.entity == b.entity and a.start < b.end and b.start < a.end)


def score_entities(doc: str, label: dict[str, Any]) -> tuple[Counter[tuple[str, str]], int]:
    """(entity, tp|fp|fn) counts for one document, and the BSN decoys reported. A detection
    inside a mention that another detection already matched is neither (a name found in
    two parts); a labelled decoy found counts as a false positive."""
    from detectors import detect

    scope = {x["entity"] for x in label["entities"] + label.get("decoys", [])}
    expected = label_spans(doc, label["entities"])
    decoys = label_spans(doc, label.get("decoys", []))
    found = [d for d in detect(doc, label.get("lang", "nl")) if d.entity in scope]
    counts: Counter[tuple[str, str]] = Counter()
    matched: set[Span] = set()
    hit_decoys: set[Span] = set()
    for d in found:
        exp = next((e for e in expected if _overlaps(d, e)), None)
        if exp is None:
            counts[(d.entity, "fp")] += 1
            hit_decoys.update(x for x in decoys if x.entity == "NL_BSN" and _overlaps(d, x))
        elif exp not in matched:
            matched.add(exp)
            counts[(d.entity, "tp")] += 1
    for e in expected:
        if e not in matched:
            counts[(e.entity, "fn")] += 1
    return counts, len(hit_decoys)


def _sets() -> Iterator[tuple[str, Path, list[dict[str, Any]]]]:
    for folder in sorted(p for p in BLIND.iterdir() if (p / "labels.jsonl").is_file()):
        lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        yield folder.name, folder, [json.loads(x) for x in lines if x.strip()]


def _doc_text(folder: Path, label: dict[str, Any]) -> str:
    return (folder / "docs" / label["doc"]).read_text(encoding="utf-8")


def entity_scores(folder: Path, labels: list[dict[str, Any]]) -> tuple[dict[str, Score], int, int]:
    """Per-entity scores over a set, the BSN decoys reported and the BSN decoys labelled."""
    total: Counter[tuple[str, str]] = Counter()
    reported = labelled = 0
    for label in labels:
        text = _doc_text(folder, label)
        counts, hits = score_entities(text, label)
        total.update(counts)
        reported += hits
        labelled += len(label_spans(text, [d for d in label.get("decoys", [])
                                           if d["entity"] == "NL_BSN"]))
    entities = sorted({e for e, _ in total})
    return ({e: Score(total[(e, "tp")], total[(e, "fp")], total[(e, "fn")]) for e in entities},
            reported, labelled)


def document_results(folder: Path, label: dict[str, Any]) -> tuple[str, set[str], set[str]]:
    """What the per-file pipeline makes of one document: its type, the special categories
    found in it, and the statement rules it breaks (findings' and whole-file rules)."""
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item

    data = (folder / "docs" / label["doc"]).read_bytes()
    item = SourceItem(path=str(folder / "docs" / label["doc"]), member=None, size=len(data),
                      modified=SCAN_TIME)
    cfg = ScanConfig(key=b"eval-key-not-secret", policy_path=None, limits=Limits(),
                     now=SCAN_TIME)
    first = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    special = {f.entity for f in first.findings if f.entity.startswith("SPECIAL_")}
    # every rule a finding breaks (Finding.rules: a BSN on a CV breaks two), not only the first
    rules = {r for f in first.findings for r in (f.rules or (f.rule,)) if r} | set(first.file.rules)
    return first.file.doc_type, special, rules - {"unscannable"}


def document_scores(folder: Path, labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Document type accuracy and CV precision; P/R per special category, diagnosis and
    rule (document level); hard-negative documents flagged."""
    types: Counter[tuple[str, str]] = Counter()
    per: Counter[tuple[str, str]] = Counter()
    flagged_negatives = negatives = 0
    for label in labels:
        doc_type, special, rules = document_results(folder, label)
        types[(label["doc_type"], doc_type)] += 1
        want = {f"category {c}" for c in label["special"]} | {
            f"rule {r}" for r in label["rules"]}
        got = {f"category {c}" for c in special} | {
            f"rule {r}" for r in rules if not r.startswith("retention-")}
        for key in want | got:
            per[(key, "tp" if key in want and key in got else "fn" if key in want else "fp")] += 1
        if label.get("hard_negative") and not label["special"]:
            negatives += 1
            flagged_negatives += bool(special)
    keys = sorted({k for k, _ in per})
    total = sum(types.values())
    cv_predicted = sum(n for (_, got), n in types.items() if got == "cv")
    return {
        "documents": total,
        "accuracy": sum(n for (w, g), n in types.items() if w == g) / total,
        "cv_precision": types[("cv", "cv")] / cv_predicted if cv_predicted else 1.0,
        "scores": {k: Score(per[(k, "tp")], per[(k, "fp")], per[(k, "fn")]) for k in keys},
        "hard_negatives": (flagged_negatives, negatives),
        "confusion": types,
    }


def _row(name: str, s: Score) -> str:
    return f"{name:34} {s.tp:5} {s.fp:5} {s.fn:5} {s.precision:7.3f} {s.recall:7.3f} {s.f1:7.3f}"


HEAD = f"{'':34} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>7} {'R':>7} {'F1':>7}"


def print_entity_set(name: str, scores: dict[str, Score], reported: int, labelled: int) -> None:
    print(f"\n== blind set {name} (entities)\n{HEAD}")
    for e, s in scores.items():
        print(_row(e, s))
    print(f"BSN decoys reported as NL_BSN: {reported} of {labelled}")


def print_document_set(name: str, r: dict[str, Any]) -> None:
    print(f"\n== blind set {name} (documents: {r['documents']})")
    print(f"document type accuracy {r['accuracy']:.3f}; cv precision {r['cv_precision']:.3f}")
    print(HEAD)
    for k, s in r["scores"].items():
        print(_row(k, s))
    flagged, negatives = r["hard_negatives"]
    print(f"hard-negative documents flagged with a special category: {flagged} of {negatives}")
    if "--confusion" in sys.argv:
        labels = sorted({t for pair in r["confusion"] for t in pair})
        print("truth \\ predicted".ljust(22) + "".join(lab[:8].rjust(9) for lab in labels))
        for want in labels:
            print(want.ljust(22) + "".join(str(r["confusion"][(want, got)]).rjust(9)
                                           for got in labels))


def print_side_by_side(entity_sets: dict[str, dict[str, Score]]) -> None:
    """F1 per entity: our own snippet sets beside every blind set."""
    from tests.eval.eval_detectors import evaluate, load

    columns = {"own snippets": evaluate(load())[0], **entity_sets}
    entities = sorted({e for scores in entity_sets.values() for e in scores})
    print("\n== F1 side by side (own snippet sets, then blind sets)")
    print(f"{'entity':22}" + "".join(f"{c[:18]:>20}" for c in columns))
    for e in entities:
        print(f"{e:22}" + "".join(
            f"{columns[c][e].f1:20.3f}" if e in columns[c] else f"{'-':>20}" for c in columns))


def main() -> None:
    entity_sets: dict[str, dict[str, Score]] = {}
    for name, folder, labels in _sets():
        if labels and "entities" in labels[0]:
            scores, reported, labelled = entity_scores(folder, labels)
            entity_sets[name] = scores
            print_entity_set(name, scores, reported, labelled)
        else:
            print_document_set(name, document_scores(folder, labels))
    print_side_by_side(entity_sets)


if __name__ == "__main__":
    main()
