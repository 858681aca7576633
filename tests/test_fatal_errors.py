"""A scan that cannot go on exits 2 with one line on stderr, never 1 (which means "findings"
to a cron job with --fail-on) and never a traceback; an output that cannot be written is
found before the scan starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _scan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scanner", *args], check=False, cwd=REPO,
                          timeout=300, capture_output=True, text=True,
                          env={**os.environ, "PRIVACYSCAN_KEY": "fatal-test-key-not-secret"})


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    (root / "cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    return root


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.parametrize("option", ["--report", "--jsonl"])
def test_an_output_folder_that_cannot_be_written_stops_before_the_scan(
        share: Path, tmp_path: Path, option: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "out" / ("r.xlsx" if option == "--report" else "r.jsonl")
    db = tmp_path / "i.sqlite"
    line = _one_line(_scan("scan", str(share), option, str(target), "--db", str(db),
                           "--fail-on", "info", "--workers", "1", "--quiet"))
    assert line.startswith("privacyscan: cannot write") and str(target) in line
    assert not db.exists()  # checked before the scan started


def test_a_jsonl_path_that_is_a_folder(share: Path, tmp_path: Path) -> None:
    # (--report is a click.Path: click itself refuses a folder, with exit 2)
    line = _one_line(_scan("scan", str(share), "--jsonl", str(tmp_path), "--db",
                           str(tmp_path / "i.sqlite"), "--quiet"))
    assert "it is a folder" in line


def test_an_unexpected_crash_exits_2_with_one_line_and_the_traceback_with_v(
        share: Path, tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    db.write_bytes(b"this is not an SQLite database" * 100)
    args = ["scan", str(share), "--jsonl", str(tmp_path / "o.jsonl"), "--db", str(db),
            "--fail-on", "info", "--workers", "1", "--quiet"]
    line = _one_line(_scan(*args))
    assert line.startswith("privacyscan: fatal error: DatabaseError") and "-v" in line
    verbose = _scan("-v", *args)
    assert verbose.returncode == 2 and "Traceback" in verbose.stderr


def test_a_control_character_in_an_error_is_escaped(share: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a\x1b[2J\x07file"
    blocker.write_text("x", encoding="utf-8")
    line = _one_line(_scan("scan", str(share), "--report", str(blocker / "r.xlsx"), "--quiet"))
    assert "\x1b" not in line and "\x07" not in line and "a\\x1b[2J\\x07file" in line
