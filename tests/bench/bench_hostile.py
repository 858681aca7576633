"""Hostile input at n and 2n: a linear path takes twice as long on twice the text.

    BENCH_VERSIONS=/work/wt/base33 BENCH_HOSTILE_KB=25 .venv/bin/python tests/bench/bench_hostile.py

For each shape of tests/bench/hostile.py (one very long line, thousands of labelled
11-check numbers, ticked boxes, a long row, a long table, deep repetition, ...) the text is
made at about BENCH_HOSTILE_KB kilobytes (n) and at twice that (2n), and each tree (this
one first, then each of BENCH_VERSIONS, ':'-separated) runs detect() and the per-file
pipeline (scan_item: extract, classify, detect, policy) on both in a fresh interpreter,
timed with its CPU clock. The table gives the seconds at n and 2n and their ratio (2.0:
linear, 4.0: quadratic). A run over BENCH_HOSTILE_LIMIT CPU seconds (default 120) is cut
and shown as "> limit". BENCH_HOSTILE_SHAPES=a,b keeps some shapes. Prints, never asserts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.hostile import SHAPES

TREES = [REPO] + [Path(p) for p in os.environ.get("BENCH_VERSIONS", "").split(":") if p]
KB = float(os.environ.get("BENCH_HOSTILE_KB", "25"))
LIMIT = float(os.environ.get("BENCH_HOSTILE_LIMIT", "120"))

# Run in a checkout (its code first on sys.path): CPU seconds of detect() and of scan_item
# on the shape at n and 2n, and the findings of each.
_CHILD = """
import json, resource, sys, time
from datetime import UTC, datetime
sys.path.insert(0, sys.argv[1])
resource.setrlimit(resource.RLIMIT_CPU, (int(sys.argv[4]), int(sys.argv[4]) + 5))
from detectors import detect
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item
now = datetime(2026, 12, 1, tzinfo=UTC)
cfg = ScanConfig(key=b"bench-key-not-secret", policy_path=None, limits=Limits(timeout_s=10**6),
                 now=now)
detect("warm-up: Jan de Vries, 123456782, j.devries@voorbeeld.nl", "nl")
texts = json.load(open(sys.argv[2], encoding="utf-8"))
out = {}
for k, text in texts.items():
    t0 = time.process_time()
    found = len(detect(text, "nl"))
    t1 = time.process_time()
    data = text.encode("utf-8")
    item = SourceItem(path="/bench/hostile.txt", member=None, size=len(data), modified=now)
    results = list(scan_item(item, data, cfg, [1 << 30]))
    t2 = time.process_time()
    out[k] = [len(text), t1 - t0, found, t2 - t1, sum(len(r.findings) for r in results)]
    print(json.dumps(out), flush=True)
"""


def _n(shape: str) -> int:
    unit = len(SHAPES[shape](10)) / 10
    return max(1, round(KB * 1000 / unit))


def run(tree: Path, shape: str) -> dict[int, list[float]]:
    """{n: [chars, detect s, findings, scan_item s, findings]} of ``shape`` in ``tree``;
    what was done before the CPU limit cut it."""
    n = _n(shape)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"  # made here: the other tree may lack the maker
        texts.write_text(json.dumps({k: SHAPES[shape](k) for k in (n, 2 * n)}),
                         encoding="utf-8")
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(texts),
                               shape, str(int(LIMIT))],
                              cwd=tree, capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    return {int(k): v for k, v in json.loads(lines[-1]).items()} if lines else {}


def _cell(done: dict[int, list[float]], n: int, col: int) -> str:
    small, big = done.get(n), done.get(2 * n)
    a = f"{small[col]:.2f}" if small else f"> {LIMIT:.0f}"
    b = f"{big[col]:.2f}" if big else f"> {LIMIT:.0f}"
    ratio = f"x{big[col] / max(small[col], 1e-3):.2f}" if small and big else "-"
    return f"{a:>7} {b:>7} {ratio:>6}"


def main() -> None:
    chosen = os.environ.get("BENCH_HOSTILE_SHAPES")
    shapes = [s for s in SHAPES if not chosen or s in chosen.split(",")]
    print(f"CPU s at n (~{KB:g} KB) and 2n, and their ratio (2.0 linear); trees: "
          + ", ".join(str(t) for t in TREES))
    print(f"{'shape':17} {'tree':18} {'detect n   2n  ratio':>22} {'scan_item n  2n  ratio':>22}"
          f" {'findings n/2n':>14}")
    for shape in shapes:
        n = _n(shape)
        for tree in TREES:
            done = run(tree, shape)
            found = "/".join(str(done[k][2]) if k in done else "-" for k in (n, 2 * n))
            print(f"{shape:17} {tree.name[:18]:18} {_cell(done, n, 1):>22} "
                  f"{_cell(done, n, 3):>22} {found:>14}", flush=True)


if __name__ == "__main__":
    main()
