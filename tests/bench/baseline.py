"""A "before" column for the detection benches: detect() of another checkout, same texts.

    BENCH_BASELINE=/path/to/a/main/checkout .venv/bin/python tests/bench/bench_dense.py

The other checkout's detect() runs in a subprocess (same interpreter and packages, its own
detectors/ first on sys.path) on the texts this bench made, and the two alternate
``BENCH_ROUNDS`` times (default 2) so a busy machine weighs on both alike; each side keeps
its median. Without BENCH_BASELINE only this checkout is measured, once. BENCH_CLOCK=cpu
times with the process's CPU time instead of the wall clock: on a machine shared with other
jobs it counts this process's work only.
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

BASELINE = os.environ.get("BENCH_BASELINE") or None
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2")) if BASELINE else 1
CLOCK = "process_time" if os.environ.get("BENCH_CLOCK") == "cpu" else "perf_counter"

# Run in a checkout: per input, per-text seconds of detect(text, "nl"), each input after a
# warm-up on its first text (also used by bench_versions for several checkouts at once).
_SCRIPT = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from detectors import detect
inputs = json.load(open(sys.argv[2], encoding="utf-8"))
clock = getattr(time, sys.argv[3])
detect("warm-up: Jan de Vries, 123456782, j.devries@voorbeeld.nl", "nl")
out = {}
for name, texts in inputs.items():
    detect(texts[0], "nl")
    times = []
    for t in texts:
        t0 = clock()
        detect(t, "nl")
        times.append(clock() - t0)
    out[name] = times
print(json.dumps(out))
"""


def tree_times(tree: Path | str, inputs: Path) -> dict[str, list[float]]:
    """Per input of the JSON file ``inputs`` ({name: [text, ...]}), the per-text seconds of
    detect() in checkout ``tree``, run in a fresh interpreter with its detectors/ first."""
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(tree), str(inputs), CLOCK],
                         cwd=tree, check=True, capture_output=True, text=True)
    return {k: [float(x) for x in v] for k, v in json.loads(out.stdout.splitlines()[-1]).items()}


def _baseline_times(texts: list[str]) -> list[float]:
    assert BASELINE is not None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps({"texts": texts}), encoding="utf-8")
        return tree_times(BASELINE, path)["texts"]


def _own_times(fn: Callable[[str], object], texts: list[str]) -> list[float]:
    clock = getattr(time, CLOCK)
    fn(texts[0])
    times = []
    for t in texts:
        t0 = clock()
        fn(t)
        times.append(clock() - t0)
    return times


def side_by_side(
    fn: Callable[[str], object], texts: list[str]
) -> tuple[list[float], list[float] | None]:
    """Per-text seconds of ``fn`` here and of the baseline's detect(), each the per-text
    median over the rounds (baseline None without BENCH_BASELINE)."""
    ours: list[list[float]] = []
    base: list[list[float]] = []
    for _ in range(ROUNDS):
        ours.append(_own_times(fn, texts))
        if BASELINE:
            base.append(_baseline_times(texts))
    return _median(ours), (_median(base) if base else None)


def _median(rounds: list[list[float]]) -> list[float]:
    return [statistics.median(per_text) for per_text in zip(*rounds, strict=True)]


def mbs(texts: list[str], times: list[float]) -> float:
    return sum(map(len, texts)) / sum(times) / 1e6
