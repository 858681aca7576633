"""Precision, recall and F1 per entity of detectors.detect() on the labelled snippet sets.

Reads every tests/eval/data/*.jsonl (entities*.jsonl, special*.jsonl; format in README.md):

    .venv/bin/python tests/eval/eval_detectors.py [--show-errors]

Errors print the snippet id and entity only, never the text (it holds identifiers).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from detectors import detect

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    """Every snippet of the given files (default: the labelled-entity sets entities*.jsonl and
    special.jsonl in data/; docs.jsonl there is the classifier's set, scored by
    eval_classify.py)."""
    files = sorted(paths) if paths is not None else [
        *sorted(DATA.glob("entities*.jsonl")), DATA / "special.jsonl"
    ]
    return [
        json.loads(line)
        for f in files
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _scope(s: dict[str, Any]) -> set[str]:
    if "scope" in s:
        return set(s["scope"])
    return {e["entity"] for e in s["entities"]} | set(s.get("decoy", []))


def score_snippet(s: dict[str, Any]) -> tuple[Counter[tuple[str, str]], list[tuple[str, str]]]:
    """Counts of (entity, tp|fp|fn) for one snippet, and its errors as (id, 'fp ENTITY')."""
    scope = _scope(s)
    found = [d for d in detect(s["text"], s.get("lang")) if d.entity in scope]
    counts: Counter[tuple[str, str]] = Counter()
    errors = []
    used: set[int] = set()
    for e in s["entities"]:
        match = next(
            (
                i
                for i, d in enumerate(found)
                if i not in used
                and d.entity == e["entity"]
                and d.start < e["end"]
                and e["start"] < d.end
            ),
            None,
        )
        if match is None:
            counts[(e["entity"], "fn")] += 1
            errors.append((s["id"], f"fn {e['entity']}"))
        else:
            used.add(match)
            counts[(e["entity"], "tp")] += 1
    for i, d in enumerate(found):
        if i not in used:
            counts[(d.entity, "fp")] += 1
            errors.append((s["id"], f"fp {d.entity} ({d.explanation})"))
    return counts, errors


def evaluate(snippets: list[dict[str, Any]]) -> tuple[dict[str, Score], list[tuple[str, str]]]:
    """Per-entity scores over all snippets, and every error."""
    total: Counter[tuple[str, str]] = Counter()
    errors: list[tuple[str, str]] = []
    for s in snippets:
        counts, errs = score_snippet(s)
        total.update(counts)
        errors.extend(errs)
    entities = sorted({e for e, _ in total} | {e for s in snippets for e in _scope(s)})
    return {
        e: Score(total[(e, "tp")], total[(e, "fp")], total[(e, "fn")]) for e in entities
    }, errors


def decoys_reported(snippets: list[dict[str, Any]], entity: str = "NL_BSN") -> int:
    """How many negative snippets scoped to ``entity`` still report it."""
    return sum(
        1
        for s in snippets
        if s["kind"] == "negative"
        and entity in _scope(s)
        and any(d.entity == entity for d in detect(s["text"], s.get("lang")))
    )


def main() -> None:
    snippets = load()
    scores, errors = evaluate(snippets)
    print(f"{len(snippets)} snippets\n")
    print(f"{'entity':28} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>7} {'R':>7} {'F1':>7}")
    for entity, s in scores.items():
        print(
            f"{entity:28} {s.tp:5} {s.fp:5} {s.fn:5} {s.precision:7.3f} {s.recall:7.3f} {s.f1:7.3f}"
        )
    print(f"\nBSN decoys reported as NL_BSN: {decoys_reported(snippets)}")
    if "--show-errors" in sys.argv:
        for sid, what in errors:
            print(f"  {sid}: {what}")


if __name__ == "__main__":
    main()
