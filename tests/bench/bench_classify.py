"""Classification benchmark: milliseconds a document on the labelled sets and on a document
of the size classification reads (its first 12,000 characters). Prints a table; asserts
nothing. The first classifier (word counts only) took 0.19 ms a document and 3.1 ms on the
12,000-character document on the lead's machine.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from scanner.models import SourceItem, TextChunk
from scanner.policy import classify
from scanner.policy.classify import MAX_CHARS
from tests.eval.eval_classify import SETS

ROUNDS = 5


def _items(texts: list[tuple[str, str]]) -> list[tuple[SourceItem, list[TextChunk]]]:
    return [(SourceItem(path=f"/share/{name}", member=None, size=len(text),
                        modified=datetime(2026, 1, 1, tzinfo=UTC)), [TextChunk(text, "body")])
            for name, text in texts]


def _ms_per_doc(items: list[tuple[SourceItem, list[TextChunk]]]) -> float:
    classify(*items[0])  # signals loaded and patterns compiled outside the timing
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for item, chunks in items:
            classify(item, chunks)
    return (time.perf_counter() - start) * 1000 / (ROUNDS * len(items))


def main() -> None:
    docs = {path.name: [(d["name"], d["text"]) for d in map(
        json.loads, path.read_text(encoding="utf-8").splitlines())] for path in SETS}
    every = "\n".join(text for rows in docs.values() for _, text in rows)
    rows = {f"{name} ({len(texts)} documents)": _items(texts) for name, texts in docs.items()}
    rows[f"one document of {MAX_CHARS} characters"] = _items([("big.txt", every[:MAX_CHARS])])
    print(f"{'set':44} {'ms/document':>12}")
    for name, items in rows.items():
        print(f"{name:44} {_ms_per_doc(items):12.2f}")


if __name__ == "__main__":
    main()
