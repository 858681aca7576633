"""A damaged installation (a learned model or the document signals unreadable) stops `scan`,
`check` and `serve` before any file with one line naming the file and exit 2: it is ours,
never a file's error, never a candidate told their CV is corrupt. Real processes; only the
data file's path is pointed at a damaged copy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# runs the real CLI in a fresh interpreter after pointing one data path at a damaged copy
# (import_module: the package scanner.policy exports a function named classify)
RUN = ("import sys, pathlib, importlib; m = importlib.import_module('{mod}'); "
       "m.{attr} = pathlib.Path(sys.argv[1]); "
       "from scanner.cli import main; sys.argv = ['privacyscan', *sys.argv[2:]]; main()")
DATA = [("scanner.policy.learned_type", "MODEL", "{\"format\": 1, \"weights\": "),
        ("scanner.policy.classify", "SIGNALS", "[weights\nfile_name = 1\n")]


def _run(mod: str, attr: str, bad: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN.format(mod=mod, attr=attr), str(bad),
                           *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("mod, attr, damaged", DATA)
def test_scan_and_check_stop_with_one_line(tmp_path: Path, mod: str, attr: str,
                                           damaged: str) -> None:
    bad = tmp_path / "damaged-data"
    bad.write_text(damaged, encoding="utf-8")
    (tmp_path / "share").mkdir()
    cv = tmp_path / "share" / "cv.txt"
    cv.write_text("Curriculum vitae\nNaam: Jan Jansen\n", encoding="utf-8")
    for args in (("scan", str(tmp_path / "share"), "--jsonl", str(tmp_path / "o.jsonl"),
                  "--db", str(tmp_path / "i.sqlite")), ("check", str(cv))):
        r = _run(mod, attr, bad, *args)
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("privacyscan: broken installation: ")
        assert str(bad) in lines[0] and "Traceback" not in r.stderr
        assert "corrupt" not in r.stdout
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "i.sqlite").exists()


def test_serve_stops_before_it_listens(tmp_path: Path) -> None:
    bad = tmp_path / "missing.json"
    r = _run("scanner.policy.learned_type", "MODEL", bad, "serve", "--port", "0")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert "broken installation" in r.stderr and str(bad) in r.stderr
