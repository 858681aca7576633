"""Ctrl-C and SIGTERM stop a scan cleanly, with real processes and a busy pool of 2 workers,
several times in a row on one index: each stop exits 2 with one line, leaves no process
behind, records no file as failed, and the next run resumes until the scan is complete and
its output equals an uninterrupted scan's (scanner.stop: the handlers only set a flag)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.crawl.test_hostile_process import (
    KEY,
    REPO,
    _alive,
    _descendants,
    _recorded,
    _records,
    _wait_for,
)

FILES = 80  # enough for three stops of a few files each; the rerun finishes the rest
STOPS = 3
INTERRUPTED = ["Interrupted: run the same command again to resume the scan."]


def _busy_share(root: Path) -> None:
    """Files of a few hundred identifier lines each: a worker is busy for a while on each."""
    bsns = ["111222333", "123456782"]
    for i in range(FILES):
        lines = [f"Medewerker {n}: BSN {bsns[n % 2]}, tel. 06-1234567{n % 10}, "
                 f"e-mail m{n}@voorbeeld.nl, geboren 0{1 + n % 9}-03-1980"
                 for n in range(60)]
        path = root / f"map{i % 4}" / f"notities_{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cmd(share: Path, db: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "scanner", "scan", str(share), "--quiet", "--workers", "2",
            "--db", str(db), "--jsonl", str(out)]


def _env() -> dict[str, str]:
    return {**os.environ, "PRIVACYSCAN_KEY": KEY}


def _errors(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM files WHERE status = 'error'").fetchone()[0])
    finally:
        con.close()


def _stop_once(share: Path, db: Path, out: Path, signum: int, group: bool) -> None:
    """Start a scan, let it record a few more files, signal it, check the stop."""
    before = _recorded(db)
    proc = subprocess.Popen(_cmd(share, db, out), cwd=REPO, env=_env(), text=True,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait_for(lambda: _recorded(db) >= before + 5)
        family = _descendants(proc.pid)
        assert family, "the scan should run worker processes"
        if group:  # a terminal's Ctrl-C, systemd's control-group kill: every process
            os.killpg(proc.pid, signum)
        else:  # kill PID: the scan's process only
            os.kill(proc.pid, signum)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 2, stderr
    assert stderr.splitlines() == INTERRUPTED, stderr
    _wait_for(lambda: not any(_alive(p) for p in family), timeout=30)
    assert before + 5 <= _recorded(db) < FILES and not out.exists()
    assert _errors(db) == 0, "a file in flight was recorded as failed"


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    tmp = tmp_path_factory.mktemp("signals")
    share = tmp / "share"
    _busy_share(share)
    out = tmp / "ref.jsonl"
    done = subprocess.run(_cmd(share, tmp / "ref.sqlite", out), cwd=REPO, env=_env(),
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return share, _records(out)


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "group"), [
    (signal.SIGTERM, False), (signal.SIGTERM, True), (signal.SIGINT, True),
], ids=["sigterm-parent", "sigterm-group", "sigint-group"])
def test_repeated_stops_then_resume_equal_an_uninterrupted_scan(
    reference: tuple[Path, list[str]], tmp_path: Path, signum: int, group: bool,
) -> None:
    share, expected = reference
    db, out = tmp_path / "i.sqlite", tmp_path / "o.jsonl"
    for _ in range(STOPS):
        _stop_once(share, db, out, signum, group)
    rerun = subprocess.run(_cmd(share, db, out), cwd=REPO, env=_env(), capture_output=True,
                           text=True, timeout=600, check=False)
    assert rerun.returncode == 0 and rerun.stderr == "", rerun.stderr
    assert _records(out) == expected


# -- the forkserver started early (scanner.worker_start) ------------------------------------------

def _processes_with(marker: str) -> list[int]:
    """Processes whose environment carries ``marker`` (the scan's forkserver inherits it)."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if marker.encode() in (d / "environ").read_bytes() and _alive(int(d.name)):
                    found.append(int(d.name))
            except OSError:
                continue
    return found


def test_a_scan_that_needs_no_worker_leaves_no_forkserver(tmp_path: Path) -> None:
    """The forkserver starts with the command (its analyzer builds while the parent gets
    ready); a no-change rescan or a usage error ends it instead of leaving it to finish a
    build nobody uses."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text("BSN 111222333\n", encoding="utf-8")
    tag = uuid.uuid4().hex  # unique: no other run's process carries it
    marker = f"PRIVACYSCAN_TEST_MARKER={tag}"
    env = {**_env(), "PRIVACYSCAN_TEST_MARKER": tag}
    cmd = [sys.executable, "-m", "scanner", "scan", str(share), "--quiet", "--workers", "1",
           "--db", str(tmp_path / "i.sqlite"), "--jsonl", str(tmp_path / "o.jsonl")]
    # the first scan uses its forkserver, the rescan and the usage error do not: each run
    # ends its forkserver before it exits
    for args, grace in ((cmd, 2), (cmd, 2), ([*cmd[:4], str(tmp_path / "no"), *cmd[5:]], 2)):
        # not captured: a lingering forkserver would hold the pipes and the run open
        done = subprocess.run(args, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=300, check=False)
        assert done.returncode in (0, 2)
        _wait_for(lambda: not _processes_with(marker), timeout=grace)


def _holds_pipe(read_end: int) -> bool:
    """Whether a process still has the write end of this pipe open (no EOF yet)."""
    os.set_blocking(read_end, False)
    try:
        while os.read(read_end, 65536):
            pass
    except BlockingIOError:
        return True
    return False


def _holders(read_end: int) -> list[str]:
    """Which processes hold the other end of this pipe (their command lines)."""
    inode = os.readlink(f"/proc/self/fd/{read_end}")
    found = []
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if os.readlink(fd) == inode and fd.parts[2] != str(os.getpid()):
                cmd = (fd.parents[1] / "cmdline").read_bytes().replace(b"\0", b" ")
                found.append(cmd.decode(errors="replace")[:120])
        except OSError:
            continue
    return found


@pytest.mark.parametrize("stop", [False, True], ids=["finished", "stopped"])
def test_no_process_of_the_scan_holds_its_stderr_once_it_exits(tmp_path: Path,
                                                               stop: bool) -> None:
    """cron and CI read the scan's stderr to its end: the forkserver (its analyzer built)
    used to finish its own interpreter shutdown 1-2 s after the scan had exited, holding the
    pipe (and the caller) open meanwhile. The scan now ends it before exiting."""
    share = tmp_path / "share"
    _busy_share(share)
    db = tmp_path / "i.sqlite"
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(_cmd(share, db, tmp_path / "o.jsonl"), cwd=REPO, env=_env(),
                                stderr=write_end, stdout=subprocess.DEVNULL,
                                start_new_session=True)
        os.close(write_end)
        if stop:
            _wait_for(lambda: _recorded(db) >= 2)
            os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=600) == (2 if stop else 0)
        assert not _holds_pipe(read_end), f"still held by {_holders(read_end)}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        os.close(read_end)
