"""A first scan builds the fingerprint and the finding-id index as it finishes, not row by
row (Index._defer_indexes): a subject lookup finds the same rows before and after, a scan
stopped before its end resumes and builds them then, a rescan keeps them, and a file
recorded twice in one first scan ends as one row per finding, as the upsert would leave it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
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


def _has_index(db: Path, name: str = "findings_fingerprint") -> bool:
    con = sqlite3.connect(db)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    return name in names


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


def _rows(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT rowid, finding_id, location, confidence, first_scan, last_scan"
                       " FROM findings ORDER BY rowid").fetchall()
    con.close()
    return rows


def _seen_again(result: ScanResult) -> ScanResult:
    """The same findings (same ids) at another place and score, as a changed file gives."""
    return ScanResult(result.file, tuple(
        replace(x, location=x.location + " b", confidence=0.5) for x in result.findings))


def test_first_scan_defers_the_id_index_and_a_rescan_upserts(tmp_path: Path) -> None:
    db = tmp_path / "i.sqlite"
    index = Index(db)
    scan_id, _ = index.begin_scan(["/s"])
    assert not _has_index(db, "findings_id")
    index.record("/s/a.txt", 5, [_result("/s/a.txt", 4)], scan_id)
    index.finish_scan(scan_id, ["/s"])
    assert _has_index(db, "findings_id")
    first = _rows(db)
    scan_id, _ = index.begin_scan(["/s"])
    assert _has_index(db, "findings_id")  # findings there: kept, so seen again = updated
    index.record("/s/a.txt", 6, [_seen_again(_result("/s/a.txt", 4))], scan_id)
    index.finish_scan(scan_id, ["/s"])
    assert _rows(db) == [(rowid, fid, loc + " b", 0.5, 1, 2)
                         for rowid, fid, loc, _, _, _ in first]
    index.close()


def test_a_file_recorded_twice_in_a_first_scan_is_merged_as_upserted(tmp_path: Path) -> None:
    """Overlapping roots reach a file twice: without the id index both recordings go in as
    rows; the index's build merges them into what UPSERT_FINDING leaves (first row's rowid,
    last one's values), in the scan's transaction, and a later scan upserts on it."""
    twice, once = tmp_path / "twice.sqlite", tmp_path / "once.sqlite"
    for db, upsert_first in ((twice, False), (once, True)):
        index = Index(db)
        scan_id, _ = index.begin_scan(["/s", "/s/sub"])
        if upsert_first:  # the reference: the id index there from the start
            index.db.execute("CREATE UNIQUE INDEX findings_id ON findings (finding_id)")
        index.record("/s/sub/a.txt", 5, [_result("/s/sub/a.txt", 5)], scan_id)
        index.record("/s/b.txt", 5, [_result("/s/b.txt", 3)], scan_id)
        index.record("/s/sub/a.txt", 5, [_seen_again(_result("/s/sub/a.txt", 4))], scan_id)
        index.finish_scan(scan_id, ["/s", "/s/sub"])
        assert _has_index(db, "findings_id")
        index.close()
    rows = _rows(twice)
    assert rows == _rows(once)
    assert len(rows) == 8 and len({r[1] for r in rows}) == 8
    assert [r[2:] for r in rows[:5]] == [(f"regel {i} b", 0.5, 1, 1) for i in range(4)] + [
        ("regel 4", 0.9, 1, 0)]  # the fifth was not seen again: left to the scan before
