"""A scan killed with SIGKILL and run again ends with exactly an uninterrupted scan's results."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.crawl.helpers import make_share

REPO = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "scanner", "scan", *args, "--quiet", "--workers", "1"]


def _records(path: Path) -> list[dict]:
    recs = [json.loads(line) for line in path.read_text().splitlines()]
    return sorted(recs, key=lambda r: json.dumps(r, sort_keys=True))


def test_sigkill_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share, n=300)
    env = {**os.environ, "PRIVACYSCAN_KEY": "resume-test-key-not-secret"}
    ref_db, ref_out = tmp_path / "ref.sqlite", tmp_path / "ref.jsonl"
    subprocess.run(_cli(str(share), "--db", str(ref_db), "--jsonl", str(ref_out)),
                   check=True, env=env, cwd=REPO)

    db, out = tmp_path / "run.sqlite", tmp_path / "run.jsonl"
    proc = subprocess.Popen(_cli(str(share), "--db", str(db), "--jsonl", str(out)),
                            env=env, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _recorded(db) < 5:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 5 <= _recorded(db) < 300, "the kill should land mid-scan"
    assert not out.exists(), "an interrupted scan writes no output"

    subprocess.run(_cli(str(share), "--db", str(db), "--jsonl", str(out)),
                   check=True, env=env, cwd=REPO)
    assert _records(out) == _records(ref_out)


def _recorded(db: Path) -> int:
    import sqlite3

    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(db, timeout=1)
        n = con.execute("SELECT count(*) FROM files").fetchone()[0]
        con.close()
        return int(n)
    except sqlite3.Error:
        return 0
