"""Outputs and the index go only where a regular file is or nothing is. Run as root,
``--jsonl /dev/full`` renamed the JSON Lines over the device (a file of findings in /dev, the
device gone) and ``--db /dev/null`` made the device owner-only with its lock and journal in
/dev; a FIFO (or a link to one, as /dev/stdout is) fared alike. Now each is one line and exit
2 before the scan, and nothing there changes. ``subject`` on an index that is no database
printed a traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PRIVACYSCAN_KEY": "output-targets-key-not-secret"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scanner", *args], cwd=REPO, env=ENV,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    (root / "cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    return root


def _one_line_exit_2(run: subprocess.CompletedProcess[str], words: str) -> None:
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and words in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("option", ["--jsonl", "--report"])
@pytest.mark.parametrize("linked", [False, True])
def test_an_output_on_a_fifo_is_refused(share: Path, tmp_path: Path, option: str,
                                        linked: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o644)
    target = tmp_path / "link" if linked else fifo
    if linked:
        target.symlink_to(fifo)
    run = _run("scan", str(share), "--quiet", "--workers", "1", option, str(target),
               "--db", str(tmp_path / "i.sqlite"))
    _one_line_exit_2(run, "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and stat.S_IMODE(os.lstat(fifo).st_mode) == 0o644
    assert not linked or target.is_symlink()


def test_an_index_on_a_fifo_is_refused(share: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o644)
    run = _run("scan", str(share), "--quiet", "--workers", "1", "--db", str(fifo),
               "--jsonl", str(tmp_path / "out.jsonl"))
    _one_line_exit_2(run, "not a regular file")
    assert stat.S_IMODE(os.lstat(fifo).st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "share"]  # no lock, journal


def test_subject_on_a_damaged_index_or_output_is_one_line(share: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database\n" * 100, encoding="utf-8")
    _one_line_exit_2(_run("subject", "--bsn", "111222333", "--db", str(bad)),
                     "not a database")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _one_line_exit_2(_run("subject", "--bsn", "111222333", "--db", str(fifo)),
                     "not a regular file")
    db = tmp_path / "i.sqlite"
    assert _run("scan", str(share), "--quiet", "--workers", "1", "--db", str(db)).returncode == 0
    _one_line_exit_2(_run("subject", "--bsn", "111222333", "--db", str(db), "--report",
                          str(fifo)), "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_jsonl_to_a_reader_that_stops_is_exit_2_and_the_scan_resumes(tmp_path: Path) -> None:
    """``scan --jsonl - | head -1``: the reader goes away while the scan still writes. The
    findings are then cut short: one line, exit 2 (never 0, never a traceback), and the same
    command run again finishes the scan."""
    root = tmp_path / "share"
    root.mkdir()
    for n in range(400):  # well over a pipe's 64 KB of JSON Lines
        (root / f"cv_{n:03}.txt").write_text(f"Curriculum vitae {n}\nBSN: 111222333\n",
                                            encoding="utf-8")
    args = [sys.executable, "-m", "scanner", "scan", str(root), "--quiet", "--workers", "1",
            "--jsonl", "-", "--db", str(tmp_path / "i.sqlite")]
    proc = subprocess.Popen(args, cwd=REPO, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader stops, as `head -1` does
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 2 and first.startswith("{")
    assert len(err.strip().splitlines()) == 1 and "broken pipe" in err, err
    assert "Traceback" not in err and "111222333" not in err
    again = subprocess.run(args, cwd=REPO, env=ENV, capture_output=True, text=True,
                           timeout=300, check=False)
    assert again.returncode in (0, 1), again.stderr
    assert again.stdout.count("\n") >= 400 and "111222333" not in again.stdout
