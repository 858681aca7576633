"""Where detect() spends its time: each recognizer's share, and what runs outside them
(duplicate removal, overlap resolution, normalising and masking each finding), on the dense
HR notes of bench_dense and the exports of bench_exports, this tree beside other checkouts.

    BENCH_VERSIONS=/work/wt/base27 BENCH_CLOCK=cpu BENCH_ROUNDS=3 \
        .venv/bin/python tests/bench/bench_stages.py

Each tree runs in a fresh interpreter with its own detectors/ first on sys.path; every
recognizer's ``analyze`` is timed in place (a recognizer may fill a cache a later one reads,
so a share is the recognizer's in this order). ms per 100 KB text, after a warm-up text;
rounds alternate the trees and each stage keeps its median over them.
The slowest stage of the slowest input is what to work on next. Prints, never asserts.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.baseline import CLOCK
from tests.bench.bench_dense import dense_text
from tests.bench.bench_exports import SHAPES, export_text

TREES = [REPO] + [Path(p) for p in os.environ.get("BENCH_VERSIONS", "").split(":") if p]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
OUTSIDE = "(outside the recognizers)"

_SCRIPT = """
import collections, json, sys, time
sys.path.insert(0, sys.argv[1])
from detectors import detect
from detectors.registry import _recognizers
inputs = json.load(open(sys.argv[2], encoding="utf-8"))
clock = getattr(time, sys.argv[3])
spent = collections.Counter()
for rec in _recognizers("nl"):
    def timed(*a, _analyze=rec.analyze, _name=type(rec).__name__, **k):
        t0 = clock()
        out = _analyze(*a, **k)
        spent[_name] += clock() - t0
        return out
    rec.analyze = timed
out = {}
for name, texts in inputs.items():
    detect(texts[0], "nl")
    spent.clear()
    t0 = clock()
    for t in texts:
        detect(t, "nl")
    total = clock() - t0
    stages = {k: v / len(texts) for k, v in spent.items()}
    stages["(outside the recognizers)"] = (total - sum(spent.values())) / len(texts)
    out[name] = stages
print(json.dumps(out))
"""


def inputs() -> dict[str, list[str]]:
    cases = {"dense HR notes (10 x 100 KB)": [dense_text(i) for i in range(10)]}
    cases["exports, 5 shapes (10 x 100 KB)"] = [export_text(shape, s) for shape in
                                                 SHAPES.values() for s in range(2)]
    return cases


def stages(tree: Path, path: Path) -> dict[str, dict[str, float]]:
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(tree), str(path), CLOCK],
                         cwd=tree, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    cases = inputs()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inputs.json"
        path.write_text(json.dumps(cases), encoding="utf-8")
        rounds = [[stages(tree, path) for tree in TREES] for _ in range(ROUNDS)]
    results = [{case: {stage: statistics.median(r[n][case].get(stage, 0.0) for r in rounds)
                       for stage in rounds[0][n][case]} for case in cases}
               for n in range(len(TREES))]
    names = ["this tree"] + [t.name for t in TREES[1:]]
    print(f"detect() per stage, {CLOCK}, median of {ROUNDS} round(s): ms per 100 KB text "
          "(share of detect())\n")
    for case in cases:
        totals = [sum(r[case].values()) for r in results]
        order = sorted(results[0][case], key=lambda k: -results[0][case][k])
        print(f"{case:34}" + "".join(f" {n[:19]:>20}" for n in names))
        for stage in order:
            cells = [(r[case].get(stage, 0.0), t) for r, t in zip(results, totals, strict=True)]
            print(f"  {stage:32}" + "".join(f" {v * 1e3:9.1f} ({v / t:6.1%})" for v, t in cells))
        print(f"  {'detect(), MB/s':32}" + "".join(
            f" {1e3 * t:9.1f} {0.1 / t:9.3f}" for t in totals) + "\n")


if __name__ == "__main__":
    main()
