"""Run one real `privacyscan scan` of a checkout and measure it from outside: wall time, the
parent's CPU seconds and peak RSS, and the peak RSS of its worker processes.

Used by the scan benchmarks to put this tree and a baseline checkout (BENCH_BASELINE, e.g.
``git worktree add --detach /tmp/base main``) side by side in one run. The checkout's code is
imported through PYTHONPATH, so its worker processes run its code too.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# The child: the scan's own entry point, with its rusage written at exit (Ctrl-C included),
# and its CPU per phase (tests/bench/phases.py of this tree, whichever tree runs the scan).
CHILD = """
import atexit, importlib.util, json, pathlib, resource, sys
out, meter, phases = sys.argv[1:4]
sys.argv = ["privacyscan", *sys.argv[4:]]
spec = importlib.util.spec_from_file_location("bench_phases", meter)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.install(pathlib.Path(phases))
def _usage():
    r = resource.getrusage(resource.RUSAGE_SELF)
    with open(out, "w") as fh:
        json.dump({"cpu": r.ru_utime + r.ru_stime, "rss_kb": r.ru_maxrss}, fh)
atexit.register(_usage)
from scanner.cli import main
main()
"""


@dataclass(frozen=True)
class ScanRun:
    wall: float  # seconds, process start and outputs included
    parent_cpu: float  # seconds of the scan's own process (walk, index, outputs)
    parent_rss_mb: float
    worker_rss_mb: float  # the largest peak RSS of any worker process
    ok: bool
    worker_cpu: float = 0.0  # CPU seconds of the workers and the forkserver, as last polled
    # the timeline, seen from outside by polling the index: seconds from the start until the
    # first top-level file was recorded (process start, analyzer build, first file) and until
    # the last one was (then the outputs are written); to within the poll and the parent's
    # recording interval (scanner.pipeline.RECORD_SECONDS)
    first_s: float = 0.0
    last_s: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # the parent's CPU s (phases.py)

    @property
    def files_s(self) -> float:
        """The files phase: from the first file recorded to the last."""
        return self.last_s - self.first_s

    @property
    def outputs_s(self) -> float:
        return self.wall - self.last_s


def baselines() -> list[tuple[str, Path]]:
    """("this tree", REPO), then ("baseline", BENCH_BASELINE) when set."""
    base = os.environ.get("BENCH_BASELINE")
    return [("this tree", REPO)] + ([("baseline", Path(base).resolve())] if base else [])


def scan(tree: Path, share: Path, workers: int, *extra: str) -> ScanRun:
    """``privacyscan scan share --workers N`` with ``tree``'s code, JSONL and report written."""
    with tempfile.TemporaryDirectory() as out:
        usage, phases = Path(out) / "usage.json", Path(out) / "phases.json"
        args = [str(usage), str(REPO / "tests/bench/phases.py"), str(phases), "scan", str(share), "--workers", str(workers), "--quiet",
                "--db", f"{out}/i.sqlite", "--report", f"{out}/r.xlsx",
                "--jsonl", f"{out}/f.jsonl", *extra]
        env = {**os.environ, "PYTHONPATH": str(tree),
               "PRIVACYSCAN_KEY": "bench-key-not-secret-0123456789"}
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD, *args], cwd=tree, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak = _WorkerPeak(proc.pid, Path(out) / "i.sqlite", t0)
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        peak.stop()
        if proc.returncode != 0:
            print(f"  ({tree.name}: scan exited {proc.returncode}: {err.decode()[-300:]})")
        used = json.loads(usage.read_text()) if usage.exists() else {"cpu": 0, "rss_kb": 0}
        split = json.loads(phases.read_text()) if phases.exists() else {}
    return ScanRun(wall, used["cpu"], used["rss_kb"] / 1024, peak.mb, proc.returncode == 0,
                   sum(peak.cpu.values()), peak.first - t0, peak.last - t0, split)


class _WorkerPeak:
    """Polls the scan's descendants' peak RSS (VmHWM) and CPU time while it runs, and the
    index: when the first and the last top-level file were recorded."""

    def __init__(self, pid: int, db: Path, t0: float) -> None:
        self.pid, self.mb, self.done = pid, 0.0, threading.Event()
        self.cpu: dict[int, float] = {}
        self.db, self.first, self.last, self.seen = db, t0, t0, 0
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.done.set()
        self.thread.join()

    def _poll(self) -> None:
        while not self.done.wait(0.1):
            for pid in _descendants(self.pid):
                self.mb = max(self.mb, _hwm_mb(pid))
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_s(pid))
            self._recorded()

    def _recorded(self) -> None:
        now, files = time.perf_counter(), _files_in(self.db)
        if files > self.seen:
            self.first = self.first if self.seen else now
            self.last, self.seen = now, files


def _files_in(db: Path) -> int:
    """Top-level files recorded in the index so far (0 before it exists or while locked)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(con.execute("SELECT count(*) FROM files WHERE member = ''").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, pp in parents.items() if pp == pid]
        found += kids
        todo += kids
    return found


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _hwm_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def phase_rows(runs: list[tuple[str, ScanRun]]) -> None:
    """The scan process's CPU seconds per phase (tests/bench/phases.py), one column a run,
    and the 2-worker speed-up Amdahl's law allows it: the scan process is the serial part,
    the workers' CPU (the forkserver's analyzer build and the JSON Lines child included) the
    parallel one, so 2 workers take serial + parallel / 2 of total = serial + parallel."""
    from tests.bench.phases import PHASES

    if not any(run.phases for _, run in runs):
        return
    print(f"\n{'scan process CPU s by phase':28}" + "".join(f" {n[:16]:>16}" for n, _ in runs))
    for phase in PHASES:
        print(f"{phase:28}" + "".join(f" {r.phases.get(phase, 0.0):16.2f}" for _, r in runs))
    print(f"{'serial: scan process':28}" + "".join(f" {r.parent_cpu:16.2f}" for _, r in runs))
    print(f"{'parallel: workers':28}" + "".join(f" {r.worker_cpu:16.2f}" for _, r in runs))
    print(f"{'serial share':28}" + "".join(
        f" {r.parent_cpu / max(r.parent_cpu + r.worker_cpu, 1e-9):16.1%}" for _, r in runs))
    print(f"{'Amdahl 2-worker speed-up':28}" + "".join(f" {amdahl(r):16.2f}" for _, r in runs))


def amdahl(run: ScanRun) -> float:
    """total / (serial + parallel / 2), with the scan process as the serial part."""
    serial, parallel = run.parent_cpu, run.worker_cpu
    return (serial + parallel) / max(serial + parallel / 2, 1e-9)
