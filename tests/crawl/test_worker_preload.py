"""The worker pool's forkserver builds the analyzer before any worker forks from it
(scanner.worker_preload): Dutch always, English too when more than one worker will fork
(scanner.worker_preload_en), so no worker builds it again on its first English chunk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# a child process: a fresh forkserver with the scan's preload, and one process forked from
# it that reports which languages' recognizers it found built
CHILD = """
from scanner import worker_start

def built(conn):
    from detectors.registry import _recognizers
    conn.send(_recognizers.cache_info().currsize)

if __name__ == "__main__":
    import sys

    ctx = worker_start.context(int(sys.argv[1]))
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=built, args=(theirs,))
    proc.start()
    print(ours.recv())
    proc.join()
    worker_start.stop()
"""


@pytest.mark.parametrize(("workers", "languages"), [(2, "2"), (1, "1")])
def test_a_worker_starts_with_its_languages_built(tmp_path: Path, workers: int,
                                                  languages: str) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    out = subprocess.run([sys.executable, str(script), str(workers)], cwd=REPO,
                         capture_output=True, text=True, timeout=120, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == [languages]  # built: nl, and en with 2 workers
