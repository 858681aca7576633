"""Hostile conditions around a scan (issue 17), with real processes: a missing PATH, SIGTERM,
two scans on one index, owner-only index files and a key created by concurrent first scans."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.crawl.helpers import make_share

REPO = Path(__file__).resolve().parents[2]
KEY = "hostile-test-key-not-secret"


def _cmd(share: Path, db: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "scanner", "scan", str(share), "--quiet", "--workers", "1",
            "--db", str(db), "--jsonl", str(out), *extra]


def _env(key: str | None = KEY) -> dict[str, str]:
    """The environment with this PRIVACYSCAN_KEY (None: unset, a key file beside the index)."""
    env = {k: v for k, v in os.environ.items() if k != "PRIVACYSCAN_KEY"}
    return env if key is None else {**env, "PRIVACYSCAN_KEY": key}


def _run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300,
                          check=False, **kw)  # type: ignore[call-overload]


def _records(path: Path) -> list[str]:
    return sorted(json.dumps(json.loads(line), sort_keys=True)
                  for line in path.read_text(encoding="utf-8").splitlines())


def _recorded(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM files").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _wait_for(predicate: object, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                parents[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found.update(kids)
        todo.extend(kids)
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie left to an init that does not reap is gone for our purpose)."""
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) != "Z"
    except OSError:
        return False


# -- item 4: a PATH that does not exist --------------------------------------------------------

def test_missing_path_is_exit_2_naming_it(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share, n=2)
    missing = tmp_path / "bestaat-niet"
    run = _run(_cmd(share, tmp_path / "i.sqlite", tmp_path / "o.jsonl", str(missing)),
               env=_env())
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"privacyscan: no such file or folder: {missing}"]
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "i.sqlite").exists()


# -- item 5: SIGTERM is Ctrl-C -------------------------------------------------------------------

def test_sigterm_stops_cleanly_and_the_rerun_resumes(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share, n=600)
    ref_out = tmp_path / "ref.jsonl"
    assert _run(_cmd(share, tmp_path / "ref.sqlite", ref_out), env=_env()).returncode == 0

    db, out = tmp_path / "run.sqlite", tmp_path / "run.jsonl"
    proc = subprocess.Popen(_cmd(share, db, out), cwd=REPO, env=_env(), text=True,
                            stderr=subprocess.PIPE, start_new_session=True)
    _wait_for(lambda: _recorded(db) >= 5)
    # Frozen at once, mid-scan: on a busy machine the few milliseconds of looking up the
    # workers let a small share run to its outputs (a different, also correct, message).
    os.killpg(proc.pid, signal.SIGSTOP)
    try:
        family = _descendants(proc.pid)
        assert family, "the scan should run worker processes"
        os.kill(proc.pid, signal.SIGTERM)  # the scan's process only, as systemd or kill would
    finally:
        os.killpg(proc.pid, signal.SIGCONT)  # the SIGTERM is handled first on waking
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 2, stderr
    assert stderr.splitlines() == [
        "Interrupted: run the same command again to resume the scan."], stderr
    _wait_for(lambda: not any(_alive(p) for p in family), timeout=30)
    assert 5 <= _recorded(db) < 600 and not out.exists()

    rerun = _run(_cmd(share, db, out), env=_env())
    assert rerun.returncode == 0 and rerun.stderr == ""
    assert _records(out) == _records(ref_out)


# -- items 6 and 13: one scan per index; index files owner-only ----------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_second_scan_on_a_busy_index_exits_2_and_files_are_private(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share, n=300)
    db = tmp_path / "index.sqlite"
    first = subprocess.Popen(_cmd(share, db, tmp_path / "a.jsonl"), cwd=REPO, text=True,
                             env=_env(None), stderr=subprocess.PIPE, start_new_session=True,
                             preexec_fn=lambda: os.umask(0))  # noqa: PLW1509 - umask only
    try:
        _wait_for(lambda: _recorded(db) >= 1)
        # paused mid-scan, lock held, as a long scan over a big share would be
        os.killpg(first.pid, signal.SIGSTOP)
        private = {p.name: _mode(p) for p in tmp_path.iterdir() if p.name.startswith("index")}
        second = _run(_cmd(share, db, tmp_path / "b.jsonl"), env=_env(None))
        reader = _run([sys.executable, "-m", "scanner", "subject", "--db", str(db),
                       "--bsn", "111222333"], env=_env(None))
    finally:
        os.killpg(first.pid, signal.SIGCONT)
        _, stderr = first.communicate(timeout=600)
    assert second.returncode == 2
    assert second.stderr.splitlines() == [
        f"privacyscan: another scan is using the index {db}; run this one when it has finished"]
    assert not (tmp_path / "b.jsonl").exists()
    assert reader.returncode == 0, reader.stderr  # readers take no lock
    assert first.returncode == 0, stderr
    files = sum(json.loads(x)["type"] == "file" for x in _records(tmp_path / "a.jsonl"))
    assert files == 300
    # created under umask 0, still owner-only: the index, its WAL files, the lock and the key
    assert private == dict.fromkeys(["index.sqlite", "index.sqlite-wal", "index.sqlite-shm",
                                     "index.sqlite.lock", "index.sqlite.key"], 0o600)
    again = _run(_cmd(share, db, tmp_path / "b.jsonl"), env=_env(None))
    assert again.returncode == 0, again.stderr  # the lock went with the first scan


def test_an_older_world_readable_index_is_closed_down(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite"
    sqlite3.connect(db).close()
    db.chmod(0o644)
    share = tmp_path / "share"
    make_share(share, n=1)
    assert _run(_cmd(share, db, tmp_path / "o.jsonl"), env=_env()).returncode == 0
    assert _mode(db) == 0o600


# -- item 14: the key file ------------------------------------------------------------------------

RACER = """
import sys, time
from pathlib import Path
from scanner.fingerprint import load_key
base, start, rounds = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
for r in range(rounds):
    while time.time() < start + r * 0.05:
        pass
    try:
        print(r, load_key(base / f"r{r}" / "index.sqlite").decode(), flush=True)
    except Exception as e:
        print(r, "ERROR", type(e).__name__, flush=True)
"""


def test_concurrent_first_scans_agree_on_one_key(tmp_path: Path) -> None:
    """Four processes create the key of a new index at the same instant, 100 times over."""
    rounds, start = 100, time.time() + 3
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(tmp_path), str(start),
                                str(rounds)], cwd=REPO, env=_env(None),
                               stdout=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [r.communicate(timeout=120)[0] for r in racers]
    keys: dict[int, set[str]] = {}
    for out in outputs:
        for line in out.splitlines():
            r, key = line.split(" ", 1)
            keys.setdefault(int(r), set()).add(key)
    assert len(keys) == rounds
    assert all(len(k) == 1 and len(next(iter(k))) == 64 for k in keys.values()), keys
    for r in range(rounds):
        folder = tmp_path / f"r{r}"
        assert [p.name for p in folder.iterdir()] == ["index.sqlite.key"]  # no temporaries
        assert _mode(folder / "index.sqlite.key") == 0o600


def test_a_key_shorter_than_16_bytes_is_refused(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share, n=1)
    run = _run(_cmd(share, tmp_path / "i.sqlite", tmp_path / "o.jsonl"),
               env=_env("kort-sleutel"))
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        "privacyscan: the key in PRIVACYSCAN_KEY has 12 bytes; at least 16 are needed"]
    (tmp_path / "j.sqlite.key").write_text("abcdefgh\n")
    run = _run(_cmd(share, tmp_path / "j.sqlite", tmp_path / "o.jsonl"),
               env=_env(None))
    assert run.returncode == 2 and "has 8 bytes; at least 16" in run.stderr
    assert len(run.stderr.splitlines()) == 1 and "abcdefgh" not in run.stderr
    assert not (tmp_path / "o.jsonl").exists()
