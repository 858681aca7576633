"""The JSON Lines a scan writes from the index's rows (reports.jsonl.write_jsonl_rows, and
write_jsonl_json_rows from rows SQLite quoted, what `scan --jsonl` uses) are byte for byte
the lines written from Finding objects (write_jsonl): names a terminal would act on, quotes,
backslashes, controls, members, pages, several rules, identifiers to mask."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import scanner.index
from reports.jsonl import write_jsonl, write_jsonl_json_rows, write_jsonl_rows
from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult
from scanner.outputs import write_outputs

WHEN = datetime(2024, 1, 1, tzinfo=UTC)
# what SQLite's json_quote and Python's json must write alike: quotes, backslash, controls,
# DEL and C1, separators, past the BMP
MASKED = ["******782", 'Gezondheid: "burn-out"\\ \t\n\x01 é😀\u2028\x7f\x85', "", "{}[],:"]
PATHS = ["/s/a\x85b \u202efdp.txt", '/s/q"uote\\d\x07.txt', "/s/map_111222333/cv é 😀.pdf",
         "/s/z.zip"]


def _id(path: str, member: str | None, i: int) -> str:
    return hashlib.sha256(f"{path}\0{member}\0{i}".encode()).hexdigest()[:20]


def _result(path: str, member: str | None, n: int) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="cv",
                      size=10, modified=WHEN, ocr=False, rules=("retention-cv",))
    return ScanResult(file, tuple(
        Finding(path=path, member=member, page=i % 2 or None, location=f"row {i}, kolom \x9b",
                entity="NL_BSN", confidence=(0.85, 0.1 + 0.2, 1.0)[i % 3],
                masked=MASKED[i % len(MASKED)], fingerprint="f" * 64,
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
    json_rows = index.finding_json_rows(scan_id)
    assert json_rows is not None  # this SQLite's json_quote writes as Python's json does
    write_jsonl_json_rows(str(tmp_path / "json_rows.jsonl"), index.files(scan_id), json_rows)
    index.close()
    rows = (tmp_path / "rows.jsonl").read_bytes()
    assert rows == (tmp_path / "objects.jsonl").read_bytes()
    assert (tmp_path / "json_rows.jsonl").read_bytes() == rows
    records = [json.loads(line) for line in rows.decode().split("\n")[:-1]]
    assert sum(r["type"] == "finding" for r in records) == 2 + 3 + 4 + 5 * 3
    assert b"\\u0085" in rows and b"\\u202e" in rows and b"\\u009b" in rows  # escaped
    assert b"\\u007f" in rows and "é😀\u2028".encode() in rows  # as json.dumps leaves them
    assert {r.get("masked") for r in records} >= set(MASKED)
    assert b"111222333" not in rows  # masked in paths and members


def test_a_sqlite_quoting_otherwise_writes_from_the_plain_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`scan --jsonl` writes the same bytes whether this SQLite's json_quote writes text as
    Python's json does or not (then from the plain rows)."""
    db = tmp_path / "i.sqlite"
    index = Index(db)
    scan_id, _ = index.begin_scan(["/s"])
    for path in PATHS[:3]:
        index.record(path, 5, [_result(path, None, 5)], scan_id)
    index.finish_scan(scan_id, ["/s"])
    index.close()
    write_outputs(db, scan_id, report=None, jsonl=str(tmp_path / "quoted.jsonl"))
    monkeypatch.setattr(scanner.index, "encode_basestring", lambda text: "not " + text)
    assert Index(db).finding_json_rows(scan_id) is None
    write_outputs(db, scan_id, report=None, jsonl=str(tmp_path / "plain.jsonl"))
    quoted = (tmp_path / "quoted.jsonl").read_bytes()
    assert quoted == (tmp_path / "plain.jsonl").read_bytes()
    assert quoted.count(b'"type": "finding"') == 15
