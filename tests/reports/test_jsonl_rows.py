"""The JSON Lines a scan writes from rows SQLite quoted (reports.jsonl.write_jsonl_json_rows,
what `scan --jsonl` uses) are byte for byte those written from the index's plain rows
(write_jsonl_rows, each finding's record as a dict), and they parse back to the findings
recorded: names a terminal would act on, quotes, backslashes, controls, members, pages,
several rules, identifiers to mask, text that reads as a number or a JSON word."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import scanner.index
from reports.jsonl import write_jsonl_json_rows, write_jsonl_rows
from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult
from scanner.outputs import write_outputs

WHEN = datetime(2024, 1, 1, tzinfo=UTC)
# what SQLite's json_quote and Python's json must write alike: quotes, backslash, controls,
# DEL and C1, separators, past the BMP
MASKED = ["******782", 'Gezondheid: "burn-out"\\ \t\n\x01 é😀\u2028\x7f\x85', "", "{}[],:"]
# text a careless writer would leave unquoted: numbers, JSON's words
NUMBER_LIKE = ["0", "-12", "1.5e3", "0.85", "NaN", "Infinity", "null", "true", "0x1F", "06"]
TEXTS = MASKED + NUMBER_LIKE
# locations and explanations that read as numbers stay text too
PLACES = ["row {i}, kolom \x9b", "{i}", "-{i}.5", "1e{i}", "null"]
PATHS = ["/s/a\x85b \u202efdp.txt", '/s/q"uote\\d\x07.txt', "/s/map_111222333/cv é 😀.pdf",
         "/s/z.zip"]


def _id(path: str, member: str | None, i: int) -> str:
    return hashlib.sha256(f"{path}\0{member}\0{i}".encode()).hexdigest()[:20]


def _result(path: str, member: str | None, n: int) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="cv",
                      size=10, modified=WHEN, ocr=False, rules=("retention-cv",))
    return ScanResult(file, tuple(
        Finding(path=path, member=member, page=i % 2 or None,
                location=PLACES[i % len(PLACES)].format(i=i),
                entity="NL_BSN", confidence=(0.85, 0.1 + 0.2, 1.0)[i % 3],
                masked=TEXTS[i % len(TEXTS)], fingerprint="f" * 64,
                doc_type="cv", rule="bsn-on-cv" if i % 2 else None,
                severity="high" if i % 2 else "info", finding_id=_id(path, member, i),
                explanation=("label 'BSN' \u2066x\u2069", "42", "false")[i % 3],
                rules=("bsn-on-cv", "special-category") if i % 2 else ())
        for i in range(n)))


def test_rows_write_the_lines_findings_write(tmp_path: Path) -> None:
    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    for n, path in enumerate(PATHS):
        members = [None, "in\u202ener/x_111222333.txt", "b.txt"] if path.endswith(".zip") else [None]
        index.record(path, 5, [_result(path, m, n + 2) for m in members], scan_id)
    index.finish_scan(scan_id, ["/s"])
    write_jsonl_rows(str(tmp_path / "rows.jsonl"), index.files(scan_id),
                     index.finding_rows(scan_id))
    json_rows = index.finding_json_rows(scan_id)
    assert json_rows is not None  # this SQLite's json_quote writes as Python's json does
    write_jsonl_json_rows(str(tmp_path / "json_rows.jsonl"), index.files(scan_id), json_rows)
    recorded = list(index.findings(scan_id))
    index.close()
    rows = (tmp_path / "rows.jsonl").read_bytes()
    assert (tmp_path / "json_rows.jsonl").read_bytes() == rows
    records = [json.loads(line) for line in rows.decode().split("\n")[:-1]]
    assert sum(r["type"] == "finding" for r in records) == 2 + 3 + 4 + 5 * 3
    findings = [r for r in records if r["type"] == "finding"]
    assert [_unmasked(r) for r in findings] == [_expected(x) for x in recorded]
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


def _unmasked(rec: dict[str, object]) -> dict[str, object]:
    """A finding record without the members the writer masks (compared apart above)."""
    return {k: v for k, v in rec.items() if k not in ("type", "path", "member", "location")}


def _expected(x: Finding) -> dict[str, object]:
    """What SPEC's finding record holds for ``x``, its text as text and numbers as numbers."""
    return {"page": x.page, "entity": x.entity, "confidence": x.confidence,
            "masked": x.masked, "fingerprint": x.fingerprint, "doc_type": x.doc_type,
            "rule": x.rule, "severity": x.severity, "finding_id": x.finding_id,
            "explanation": x.explanation, "rules": list(x.rules)}


def test_text_that_reads_as_a_number_stays_text(tmp_path: Path) -> None:
    """A masked value, place or explanation such as "0", "1.5e3" or "null" is a JSON string
    in both writers; a page and a score are numbers."""
    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    index.record("/s/n.txt", 5, [_result("/s/n.txt", None, 2 * len(TEXTS))], scan_id)
    index.finish_scan(scan_id, ["/s"])
    for name, rows in (("plain", index.finding_rows(scan_id)),
                       ("quoted", index.finding_json_rows(scan_id))):
        assert rows is not None
        writer = write_jsonl_json_rows if name == "quoted" else write_jsonl_rows
        writer(str(tmp_path / f"{name}.jsonl"), index.files(scan_id), rows)
        lines = (tmp_path / f"{name}.jsonl").read_text("utf-8").split("\n")[1:-1]
        found = [json.loads(line) for line in lines]
        assert {r["masked"] for r in found} == set(TEXTS)
        assert all(type(r[k]) is str for r in found for k in ("masked", "location",
                                                                "explanation"))
        assert {r["location"] for r in found} >= {"1", "-2.5", "1e3", "null"}
        assert all(type(r["confidence"]) is float for r in found)
        assert {r["page"] for r in found} == {1, None}
    index.close()
