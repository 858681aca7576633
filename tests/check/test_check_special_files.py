"""`privacyscan check` on what is not a regular file: a FIFO with no writer held the command
forever (its --timeout covers the check, not the read before it); a device was read as an
upload. Both are refused at once: exit 2, "not a supported file"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _check(path: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scanner", "check", str(path), "--json",
                           "--timeout", "180"], cwd=REPO, capture_output=True, text=True,
                          timeout=300, check=False)


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "cv.pdf"
    os.mkfifo(fifo)
    run = _check(fifo)
    assert run.returncode == 2 and json.loads(run.stdout)["error"] == "unsupported"


def test_a_device_is_refused() -> None:
    run = _check("/dev/zero")
    assert run.returncode == 2 and json.loads(run.stdout)["error"] == "unsupported"


def test_a_regular_file_is_still_checked(tmp_path: Path) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text("Curriculum vitae\nBSN: 111222333\nErvaring: planner\n", encoding="utf-8")
    run = _check(cv)
    assert run.returncode == 1 and json.loads(run.stdout)["reasons"][0]["entity"] == "NL_BSN"
