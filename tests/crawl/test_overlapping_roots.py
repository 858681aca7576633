"""Roots that overlap (``scan share share/HR``, the same root twice) scan each file once:
walked twice, a file was recorded twice in one batch and the index refused the scan with a
fatal UNIQUE error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import read_jsonl

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("inner", ["share/HR", "share", "share/"])
def test_overlapping_roots_scan_each_file_once(tmp_path: Path, inner: str) -> None:
    (tmp_path / "share" / "HR").mkdir(parents=True)
    for i in range(3):
        (tmp_path / "share" / "HR" / f"notitie{i}.txt").write_text(
            f"Bel mevrouw De Wit op 06-1234567{i}.\n", encoding="utf-8")
    out = tmp_path / "f.jsonl"
    run = subprocess.run([sys.executable, "-m", "scanner", "scan", "share", inner, "--quiet",
                          "--workers", "1", "--jsonl", str(out), "--db", str(tmp_path / "i.db")],
                         cwd=tmp_path, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, timeout=240, check=False)
    assert run.returncode == 0, run.stderr
    phones = [r for r in read_jsonl(out) if r.get("entity") == "PHONE_NUMBER"]
    assert len(phones) == 3
