"""Several files recorded in one transaction (Index.record_many, as the pipeline batches
them) leave the index exactly as recording them one by one does: first seen kept, a
finding no longer found left behind, members replaced."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def _result(path: str, member: str | None, ids: list[str]) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="cv",
                      size=10, modified=WHEN, ocr=False, rules=("retention-candidate",))
    return ScanResult(file, tuple(
        Finding(path=path, member=member, page=None, location="text", entity="NL_BSN",
                confidence=0.9, masked="******333", fingerprint="f" * 64, doc_type="cv",
                rule="bsn-on-cv", severity="high", finding_id=fid, rules=("bsn-on-cv",))
        for fid in ids))


SCANS = [  # (path, results) of each scan: the second drops a finding and a member
    [("/s/a.txt", [_result("/s/a.txt", None, ["a1", "a2"])]),
     ("/s/b.zip", [_result("/s/b.zip", None, []), _result("/s/b.zip", "x.txt", ["b1"]),
                   _result("/s/b.zip", "y.txt", ["b2"])])],
    [("/s/a.txt", [_result("/s/a.txt", None, ["a1"])]),
     ("/s/b.zip", [_result("/s/b.zip", None, []), _result("/s/b.zip", "x.txt", ["b1"])]),
     ("/s/c.txt", [_result("/s/c.txt", None, ["c1"])])],
]


def _tables(db: Path) -> tuple[list[tuple], list[tuple]]:
    con = sqlite3.connect(db)
    files = con.execute("SELECT path, member, status, rules, first_scan, checked_scan,"
                        " last_scan FROM files ORDER BY path, member").fetchall()
    findings = con.execute("SELECT finding_id, path, member, rules, first_scan, last_scan"
                           " FROM findings ORDER BY finding_id").fetchall()
    con.close()
    return files, findings


def test_batched_records_equal_one_by_one(tmp_path: Path) -> None:
    one, many = Index(tmp_path / "one.sqlite"), Index(tmp_path / "many.sqlite")
    for scan in SCANS:
        for index in (one, many):
            scan_id, _ = index.begin_scan(["/s"])
            if index is one:
                for path, results in scan:
                    index.record(path, 5, results, scan_id)
            else:
                index.record_many([(path, 5, results) for path, results in scan], scan_id)
            index.finish_scan(scan_id, ["/s"])
    one.close()
    many.close()
    files, findings = _tables(tmp_path / "many.sqlite")
    assert (files, findings) == _tables(tmp_path / "one.sqlite")
    assert ("a1", "/s/a.txt", "", '["bsn-on-cv"]', 1, 2) in findings  # first seen kept
    assert ("a2", "/s/a.txt", "", '["bsn-on-cv"]', 1, 1) in findings  # not found again
    assert [(f[0], f[1]) for f in files] == [("/s/a.txt", ""), ("/s/b.zip", ""),
                                             ("/s/b.zip", "x.txt"), ("/s/c.txt", "")]
