"""The worker pool's forkserver builds the analyzer for both languages before any worker
forks from it (scanner.worker_preload), so no worker builds one on its first file or on its
first English chunk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# a child process: a fresh forkserver with the scan's preload, and one process forked from
# it that reports which languages' recognizers it found built
CHILD = """
from scanner import worker_start

def built(conn):
    from detectors.registry import _recognizers
    conn.send(_recognizers.cache_info().currsize)

if __name__ == "__main__":
    ctx = worker_start.context()
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=built, args=(theirs,))
    proc.start()
    print(ours.recv())
    proc.join()
    worker_start.stop()
"""


def test_a_worker_starts_with_dutch_and_english_built(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    out = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True,
                         text=True, timeout=120, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["2"]  # nl and en (detectors.registry.LANGUAGES)
