"""Libraries' own warnings about the files they read stay off a scan's stderr (a cron mail
shows every stderr line, unmasked), while the file is still scanned."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from scanner.library_noise import OURS, quiet
from tests.conftest import read_jsonl

REPO = Path(__file__).resolve().parents[2]


def _workbook_with_sheet_without_id(path: Path) -> None:
    """A workbook whose second sheet lost its relationship id, as old XLSM writers leave
    it: openpyxl drops that sheet and says so with ``warnings.warn``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kandidaten"
    ws.append(["naam", "telefoon"])
    ws.append(["Sanne de Wit", "06-12345678"])
    wb.create_sheet("Archief").append(["leeg"])
    src = path.with_suffix(".src.xlsx")
    wb.save(src)
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb'(<sheet [^>]*name="Archief"[^>]*?) r:id="[^"]*"', rb"\1", data)
            out.writestr(info, data)
    src.unlink()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_library_warning_is_not_on_stderr_and_the_file_is_scanned(tmp_path: Path,
                                                                       workers: str) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _workbook_with_sheet_without_id(share / "kandidaten.xlsx")
    with pytest.warns(UserWarning, match="invalid specification"):  # the warning is real
        openpyxl.load_workbook(share / "kandidaten.xlsx", read_only=True)
    out = tmp_path / "f.jsonl"
    run = subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--quiet",
                          "--workers", workers, "--jsonl", str(out),
                          "--db", str(tmp_path / "i.sqlite")],
                         cwd=REPO, capture_output=True, text=True, timeout=240, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    entities = {r.get("entity") for r in read_jsonl(out)}
    assert {"PERSON", "PHONE_NUMBER"} <= entities


def test_quiet_lets_only_our_loggers_speak_below_error() -> None:
    root = logging.getLogger()
    before = {name: logging.getLogger(name).level for name in ("", *OURS)}
    try:
        quiet(verbose=1)
        assert root.level == before[""]
        quiet()
        assert not logging.getLogger("pdfminer.pdffont").isEnabledFor(logging.WARNING)
        assert not logging.getLogger("extract_msg").isEnabledFor(logging.WARNING)
        assert logging.getLogger("pdfminer.pdffont").isEnabledFor(logging.ERROR)
        assert logging.getLogger("scanner.pipeline").isEnabledFor(logging.WARNING)
        assert logging.getLogger("detectors.base").isEnabledFor(logging.WARNING)
    finally:
        logging.captureWarnings(False)
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)


def test_a_worker_logs_masked_lines() -> None:
    """A worker has no handler of its own: quiet() gives it one that masks, as the scan's."""
    code = ("import logging; from scanner.library_noise import quiet; quiet(); "
            "logging.getLogger('scanner.x').warning('kan %s niet lezen', 'BSN 123456782')")
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, timeout=60, check=False)
    assert "scanner.x" in run.stderr
    assert "123456782" not in run.stderr


def test_a_worker_orphaned_at_its_start_says_nothing_and_another_failure_one_line() -> None:
    """The forkserver's child reports a failure before our code runs through sys.excepthook
    (its traceback reached the scan's stderr when a SIGTERM came during a worker's start)."""
    code = ("import sys; from scanner.library_noise import quiet, worker_start_failed; quiet(); "
            "sys.excepthook = worker_start_failed\n"
            "raise FileNotFoundError(2, 'No such file or directory')")
    orphan = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=False)
    assert orphan.stderr == ""
    other = subprocess.run([sys.executable, "-c", code.replace(
        "FileNotFoundError(2, 'No such file or directory')", "ValueError('BSN 123456782')")],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    line = "ERROR scanner.worker: a worker could not start: ValueError"
    assert other.stderr.splitlines() == [line]
