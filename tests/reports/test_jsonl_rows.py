"""The JSON Lines a scan writes from the index's rows (reports.jsonl.write_jsonl_rows, what
`scan --jsonl` uses) are byte for byte the lines written from Finding objects (write_jsonl):
names a terminal would act on, quotes, members, pages, several rules, identifiers to mask."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from reports.jsonl import write_jsonl, write_jsonl_rows
from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult

WHEN = datetime(2024, 1, 1, tzinfo=UTC)
PATHS = ["/s/a\x85b \u202efdp.txt", '/s/q"uote\\d\x07.txt', "/s/map_111222333/cv é 😀.pdf",
         "/s/z.zip"]


def _id(path: str, member: str | None, i: int) -> str:
    return hashlib.sha256(f"{path}\0{member}\0{i}".encode()).hexdigest()[:20]


def _result(path: str, member: str | None, n: int) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="cv",
                      size=10, modified=WHEN, ocr=False, rules=("retention-cv",))
    return ScanResult(file, tuple(
        Finding(path=path, member=member, page=i % 2 or None, location=f"row {i}, kolom \x9b",
                entity="NL_BSN", confidence=0.85, masked="******782", fingerprint="f" * 64,
                doc_type="cv", rule="bsn-on-cv" if i % 2 else None,
                severity="high" if i % 2 else "info", finding_id=_id(path, member, i),
                explanation="label 'BSN' \u2066x\u2069",
                rules=("bsn-on-cv", "special-category") if i % 2 else ())
        for i in range(n)))


def test_rows_write_the_lines_findings_write(tmp_path: Path) -> None:
    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    for n, path in enumerate(PATHS):
        members = [None, "in\u202ener/x_111222333.txt", "b.txt"] if path.endswith(".zip") else [None]
        index.record(path, 5, [_result(path, m, n + 2) for m in members], scan_id)
    index.finish_scan(scan_id, ["/s"])
    write_jsonl(str(tmp_path / "objects.jsonl"), index.files(scan_id), index.findings(scan_id))
    write_jsonl_rows(str(tmp_path / "rows.jsonl"), index.files(scan_id),
                     index.finding_rows(scan_id))
    index.close()
    rows = (tmp_path / "rows.jsonl").read_bytes()
    assert rows == (tmp_path / "objects.jsonl").read_bytes()
    records = [json.loads(line) for line in rows.decode().splitlines()]
    assert sum(r["type"] == "finding" for r in records) == 2 + 3 + 4 + 5 * 3
    assert b"\\u0085" in rows and b"\\u202e" in rows and b"\\u009b" in rows  # escaped
    assert b"111222333" not in rows  # masked in paths and members
