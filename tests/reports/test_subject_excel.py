"""The subject (inzage) workbook: a write that fails leaves nothing behind."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from reports.subject_excel import write_subject_report
from scanner.subject import SubjectHit


def _hit(modified: str) -> SubjectHit:
    return SubjectHit(path="/share/cv_jansen.pdf", member=None, locations=("pagina 1",),
                      entities=("NL_BSN",), doc_type="cv", modified=modified, matched=1,
                      weak=False)


def test_a_failed_subject_report_leaves_no_file_and_no_open_sheet(tmp_path: Path) -> None:
    path = tmp_path / "inzage.xlsx"
    unraisable: list[object] = []
    hook, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        with pytest.raises(ValueError):  # the second row's time cannot be read, mid-sheet
            write_subject_report(path, [("bsn", "******782")],
                                 [_hit("2024-06-01T10:00:00"), _hit("not a time")])
        gc.collect()
    finally:
        sys.unraisablehook = hook
    assert list(tmp_path.iterdir()) == []
    assert not unraisable
    assert not [f for f in ALL_TEMP_FILES if os.path.exists(f)]


def test_a_subject_report_is_written(tmp_path: Path) -> None:
    path = tmp_path / "inzage.xlsx"
    write_subject_report(path, [("bsn", "******782")], [_hit("2024-06-01T10:00:00")])
    assert path.stat().st_mode & 0o777 == 0o600
