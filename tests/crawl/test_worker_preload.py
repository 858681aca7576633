"""The worker pool's forkserver builds the Dutch analyzer before any worker forks from it
(scanner.worker_preload), so no worker builds it on its first file. English stays lazy: a
worker builds it on its first English chunk. Built in the forkserver (measured, 2 workers)
it saved 0.45 CPU-s a worker on a share with English text but no wall time on two cores
(each worker builds it beside the other), and cost 0.4 CPU-s and as much wall time on the
start of an all-Dutch scan (the dense bench). What every scan's classification loads (the
document signals, the document-type model, the default policy) is loaded there too."""

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
    from scanner.policy.learned_type import model
    from scanner.scan_item import _policy
    conn.send((_recognizers.cache_info().currsize, model.cache_info().currsize,
               _policy.cache_info().currsize))

if __name__ == "__main__":
    ctx = worker_start.context()
    ours, theirs = ctx.Pipe()
    proc = ctx.Process(target=built, args=(theirs,))
    proc.start()
    print(ours.recv())
    proc.join()
    worker_start.stop()
"""


def test_a_worker_starts_with_the_dutch_analyzer_and_the_classifier_built(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    out = subprocess.run([sys.executable, str(script)], cwd=REPO, capture_output=True,
                         text=True, timeout=120, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    # nl, built by the preload (English: on first use); the document-type model and the
    # default policy loaded there too
    assert out.stdout.split() == ["(1,", "1,", "1)"]
