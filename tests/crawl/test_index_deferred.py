"""A first scan builds the fingerprint index as it finishes, not row by row
(Index._defer_fingerprint_index): a subject lookup finds the same rows before and after,
a scan stopped before its end resumes and builds it then, and a rescan keeps it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def _result(path: str, n: int) -> ScanResult:
    file = FileRecord(path=path, member=None, status="scanned", error=None, doc_type="hr",
                      size=10, modified=WHEN, ocr=False)
    return ScanResult(file, tuple(
        Finding(path=path, member=None, page=None, location=f"regel {i}", entity="NL_BSN",
                confidence=0.9, masked="******782", fingerprint=f"{i % 7:064x}",
                doc_type="hr", rule=None, severity="info", finding_id=f"{path}-{i}")
        for i in range(n)))


def _has_index(db: Path) -> bool:
    con = sqlite3.connect(db)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    return "findings_fingerprint" in names


def _lookup(index: Index) -> list[tuple[str, ...]]:
    return sorted(index.by_fingerprints([f"{3:064x}", f"{5:064x}"]))


def test_first_scan_builds_the_index_at_its_end(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    index = Index(db)
    scan_id, _ = index.begin_scan(["/s"])
    assert not _has_index(db)
    index.record("/s/a.txt", 5, [_result("/s/a.txt", 30)], scan_id)
    before = _lookup(index)
    assert len(before) == 8  # 3 and 5 of i % 7 over 30 findings: a pass over the table
    index.close()  # stopped here: the scan resumes
    index = Index(db)
    scan_id, resumed = index.begin_scan(["/s"])
    assert resumed and not _has_index(db)
    index.record("/s/b.txt", 5, [_result("/s/b.txt", 7)], scan_id)
    index.finish_scan(scan_id, ["/s"])
    assert _has_index(db)
    after = _lookup(index)
    assert [r for r in after if r[0] == "/s/a.txt"] == before
    assert len(after) == 10
    scan_id, resumed = index.begin_scan(["/s"])  # a rescan: the index stays
    assert not resumed and _has_index(db)
    index.record("/s/a.txt", 6, [_result("/s/a.txt", 30)], scan_id)
    index.finish_scan(scan_id, ["/s"])
    assert _has_index(db)
    assert _lookup(index) == [r for r in after if r[0] == "/s/a.txt"]  # b.txt: gone
    index.close()
