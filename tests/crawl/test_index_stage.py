"""A result with many findings reaches the index as a staged database (scanner.index_stage),
the rest as tuples: the index holds the same rows in the same order (rowid: the Findings
sheet's info row shows a group's first finding) either way, and a rescan that finds a
finding again keeps its first scan through the staged path's upsert too."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner import index_stage
from scanner.index import Index, ResultRows, as_rows
from scanner.index_stage import MIN_ROWS, StagedRows
from scanner.models import FileRecord, Finding, ScanResult

WHEN = datetime(2024, 1, 1, tzinfo=UTC)
ENTITIES = ("NL_BSN", "EMAIL_ADDRESS", "PHONE_NUMBER")


def _result(path: str, member: str | None, n: int, scan: int = 1) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="hr",
                      size=10, modified=WHEN, ocr=False)
    return ScanResult(file, tuple(
        Finding(path=path, member=member, page=i % 3 or None, location=f"regel {i}",
                entity=ENTITIES[i % 3], confidence=(1.0 if i % 2 else 0.85),
                masked=f"******{i:03d}", fingerprint=f"{i:064x}", doc_type="hr",
                rule=None if i % 4 else "bsn-outside-hr", severity="info" if i % 4 else "high",
                finding_id=f"{path}-{member}-{i if scan == 1 or i % 5 else i + 10_000}",
                explanation="label 'BSN'" if i % 4 == 0 else "",
                rules=() if i % 4 else ("bsn-outside-hr",))
        for i in range(n)))


def _scan(scan: int) -> list[tuple[str, list[ScanResult]]]:
    """A small file, a big one, an archive with a big and a small member."""
    many = MIN_ROWS * 3
    return [("/s/a.txt", [_result("/s/a.txt", None, 5, scan)]),
            ("/s/b.csv", [_result("/s/b.csv", None, many, scan)]),
            ("/s/c.zip", [_result("/s/c.zip", None, 0, scan),
                          _result("/s/c.zip", "x.csv", many + 1, scan),
                          _result("/s/c.zip", "y.txt", 2, scan)])]


def _findings(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT rowid, * FROM findings ORDER BY rowid").fetchall()
    con.close()
    return rows


def _record(db: Path, rows: bool) -> list[tuple]:
    index = Index(db)
    for scan in (1, 2):
        scan_id, _ = index.begin_scan(["/s"])
        batch = [(path, 5, as_rows(results) if rows else results)
                 for path, results in _scan(scan)]
        index.record_many(batch, scan_id)
        index.finish_scan(scan_id, ["/s"])
    index.close()
    return _findings(db)


def test_staged_rows_are_the_rows_of_the_findings(tmp_path: Path) -> None:
    staged = _record(tmp_path / "staged.sqlite", rows=True)
    assert staged == _record(tmp_path / "objects.sqlite", rows=False)
    assert sum(r[-1] == 2 for r in staged) == 5 + MIN_ROWS * 3 + MIN_ROWS * 3 + 1 + 2
    kept = [r for r in staged if r[1] == "/s/b.csv-None-1"]
    assert [r[-2:] for r in kept] == [(1, 2)]  # found again: its first scan kept


def test_only_many_findings_are_staged() -> None:
    big, small = as_rows([_result("/s/b.csv", None, MIN_ROWS),
                          _result("/s/a.txt", None, MIN_ROWS - 1)])
    assert isinstance(big, ResultRows) and isinstance(big.findings, StagedRows)
    assert len(big.findings) == MIN_ROWS
    assert isinstance(small.findings, tuple) and len(small.findings) == MIN_ROWS - 1


@pytest.mark.parametrize("bad", ["\udcff", "\ud800x"])
def test_text_sqlite_cannot_take_stays_tuples(bad: str) -> None:
    """A lone surrogate (an undecodable name) fails where it always did, in the index."""
    values = [("id", f"/s/{bad}", "", None, "t", "NL_BSN", 0.9, "m", "f", "hr", None, "info",
               "", "[]")] * MIN_ROWS
    assert index_stage.stage(values) == tuple(values)
