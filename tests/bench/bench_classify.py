"""Classification benchmark: milliseconds a document on the labelled sets, on the 40 CVs of
bench_detectors and on a document of the size classification reads (its first 12,000
characters), this tree beside other checkouts (``BENCH_VERSIONS``, ':'-separated; each tree
in its own interpreter, rounds alternating, each row its median); then the learned model
alone (features and probabilities) in this tree. Prints a table; asserts nothing. The first
classifier (word counts only) took 0.19 ms a document and 3.1 ms on the 12,000-character
document on the lead's machine.

    BENCH_VERSIONS=/work/wt/base27 BENCH_CLOCK=cpu .venv/bin/python tests/bench/bench_classify.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from scanner.policy.classify import MAX_CHARS
from tests.bench.baseline import CLOCK
from tests.bench.bench_detectors import cv_text
from tests.eval.eval_classify import SETS

TREES = [REPO] + [Path(p) for p in os.environ.get("BENCH_VERSIONS", "").split(":") if p]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
REPEAT = 5  # passes over a row's documents in one measurement

# Run in a checkout: per row, ms a document of classify(), after one warm-up call.
_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from datetime import UTC, datetime
from scanner.models import SourceItem, TextChunk
from scanner.policy import classify
rows, repeat, clock = json.load(open(sys.argv[2])), int(sys.argv[3]), getattr(time, sys.argv[4])
out = {}
for row, docs in rows.items():
    items = [(SourceItem(path="/share/" + name, member=None, size=len(text),
                         modified=datetime(2026, 1, 1, tzinfo=UTC)), [TextChunk(text, "body")])
             for name, text in docs]
    classify(*items[0])
    start = clock()
    for _ in range(repeat):
        for item, chunks in items:
            classify(item, chunks)
    out[row] = (clock() - start) * 1000 / (repeat * len(items))
print(json.dumps(out))
"""


def rows() -> dict[str, list[tuple[str, str]]]:
    docs = {path.name: [(d["name"], d["text"]) for d in map(
        json.loads, path.read_text(encoding="utf-8").splitlines())] for path in SETS}
    every = "\n".join(text for texts in docs.values() for _, text in texts)
    out = {f"{name} ({len(texts)} documents)": texts for name, texts in docs.items()}
    out["40 CVs of bench_detectors (~6,000 chars)"] = [
        (f"kandidaat-{n}.docx", cv_text(n)) for n in range(40)]
    out[f"one document of {MAX_CHARS} characters"] = [("big.txt", every[:MAX_CHARS])]
    return out


def tree_ms(tree: Path, inputs: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(tree), str(inputs), str(REPEAT),
                           CLOCK], cwd=tree, check=True, capture_output=True, text=True)
    return {k: float(v) for k, v in json.loads(done.stdout.splitlines()[-1]).items()}


def model_ms(docs: list[tuple[str, str]]) -> float:
    """ms a document of the learned model alone: its features and probabilities."""
    from detectors.bow_model import text_probabilities
    from scanner.policy.learned_type import model

    m = model()
    texts = [{"t": text[:70], "b": text[:MAX_CHARS].lower(), "a": ""} for _, text in docs]
    clock: Callable[[], float] = getattr(time, CLOCK)
    start = clock()
    for _ in range(REPEAT):
        for fields in texts:
            text_probabilities(m, fields)
    return (clock() - start) * 1000 / (REPEAT * len(texts))


def main() -> None:
    table = rows()
    times: dict[Path, list[dict[str, float]]] = {tree: [] for tree in TREES}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "rows.json"
        inputs.write_text(json.dumps(table), encoding="utf-8")
        for _ in range(ROUNDS):
            for tree in TREES:
                times[tree].append(tree_ms(tree, inputs))
    print(f"ms/document, median of {ROUNDS} rounds ({CLOCK})")
    print(f"{'set':44}" + "".join(f"{tree.name[:14]:>15}" for tree in TREES) + f"{'model alone':>15}")
    for row, docs in table.items():
        cells = [statistics.median(r[row] for r in times[tree]) for tree in TREES]
        print(f"{row:44}" + "".join(f"{c:15.2f}" for c in cells) + f"{model_ms(docs):15.2f}")


if __name__ == "__main__":
    main()
