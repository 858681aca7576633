"""The report's counts from one pass over the index (scanner.index_totals) are the counts
the separate queries give: by rule and severity, by kind of data, by document type, the
folders with the most high-severity findings, and the Findings sheet's info rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scanner.index import _F_COLS, FILE_COLS, INFO_ID, Index, _file, _finding
from scanner.index_totals import totals
from scanner.models import FileRecord, Finding, ScanResult

WHEN = datetime(2024, 1, 1, tzinfo=UTC)
KINDS = [("NL_BSN", "bsn-on-cv", "high"), ("NL_BSN", "bsn-outside-hr", "high"),
         ("IBAN_CODE", "iban-on-cv", "medium"), ("EMAIL_ADDRESS", None, "info"),
         ("PHONE_NUMBER", None, "info"), ("SPECIAL_HEALTH", "special-category", "medium")]


def _result(path: str, member: str | None, doc_type: str, n: int) -> ScanResult:
    file = FileRecord(path=path, member=member, status="scanned", error=None,
                      doc_type=doc_type, size=10, modified=WHEN, ocr=False)
    findings = []
    for k in range(n):
        entity, rule, severity = KINDS[(k * 7 + len(path)) % len(KINDS)]
        findings.append(Finding(
            path=path, member=member, page=None, location=f"regel {k}", entity=entity,
            confidence=0.9, masked="******333", fingerprint=f"{k:064x}", doc_type=doc_type,
            rule=rule, severity=severity, finding_id=f"{path}{member}{k}",
            rules=(rule,) if rule else ()))
    return ScanResult(file, tuple(findings))


def test_totals_equal_the_separate_queries(tmp_path: Path) -> None:
    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    batch = []
    for i in range(40):
        path = f"/s/{['HR', 'Sales', 'HR/oud', 'Kandidaten'][i % 4]}/f_{i}.txt"
        results = [_result(path, None, ["cv", "other", "payslip"][i % 3], 3 + i % 11)]
        if i % 5 == 0:
            results.append(_result(path, "bijlage.txt", "other", 4))
        batch.append((path, 5, results))
    index.record_many(batch, scan_id)
    got = totals(index.db, scan_id)
    assert got.by_rule == index.finding_counts(scan_id, "rule", "severity")
    assert got.by_entity == index.finding_counts(scan_id, "entity", "rule")
    assert got.by_doc_type == index.finding_counts(scan_id, "doc_type", "rule")
    assert got.top_folders == index.top_folders(scan_id)
    assert got.info_rows == index.info_row_count(scan_id) > 0
    assert len(got.top_folders) == 4
    index.close()


def _info_rows_grouped_again(index: Index, scan_id: int) -> list[tuple[Any, ...]]:
    """The Findings sheet's info rows as the report read them before the groups were kept:
    every info finding grouped again (the first by rowid, its occurrences), the reference."""
    cur = index.db.execute(
        f"SELECT {_F_COLS.replace('f.finding_id', INFO_ID)}, s.started,"
        " coalesce(t.status, 'open'), coalesce(t.comment, ''), f.n FROM (SELECT *,"
        " min(rowid), count(*) AS n FROM findings WHERE last_scan = ? AND rule IS NULL"
        " GROUP BY path, member, entity) f JOIN scans s ON s.id = f.first_scan"
        f" LEFT JOIN triage t ON t.finding_id = {INFO_ID}"
        " ORDER BY f.path, f.member, f.page, f.location, f.entity", (scan_id,))
    return [(_finding(row), row[-4], row[-3], row[-2], int(row[-1])) for row in cur]


def _report(index: Index, scan_id: int) -> list[tuple[Any, ...]]:
    """report_findings with its info rows grouped again (the reference)."""
    groups = totals(index.db, scan_id).groups
    violations = [row for row in index.report_findings(scan_id, groups) if row[0].rule]
    return violations + _info_rows_grouped_again(index, scan_id)


def _file_counts_counted_again(index: Index, scan_id: int) -> list[tuple[Any, int]]:
    """Each file's findings counted again over every finding (the reference)."""
    cur = index.db.execute(
        f"SELECT {FILE_COLS}, coalesce(c.n, 0) FROM files LEFT JOIN"
        " (SELECT path AS p, member AS m, count(*) AS n FROM findings WHERE last_scan = ?"
        "  GROUP BY path, member) c ON c.p = files.path AND c.m = files.member"
        " WHERE last_scan = ? ORDER BY path, member", (scan_id, scan_id))
    return [(_file(row, scan_id), int(row[-1])) for row in cur]


def test_info_rows_from_the_groups_equal_the_grouping_query(tmp_path: Path) -> None:
    """The Findings sheet's rows read from the totals' groups: the same findings (each
    group's first), counts, triage and order as grouping the info findings again; a second
    report on the same connection counts afresh."""
    index = Index(tmp_path / "i.sqlite")
    first, _ = index.begin_scan(["/s"])
    batch = [(f"/s/HR/f_{i}.txt", 5, [_result(f"/s/HR/f_{i}.txt", None, "other", 4 + i % 9)])
             for i in range(12)]
    index.record_many(batch, first)
    index.finish_scan(first, ["/s"])
    scan_id, _ = index.begin_scan(["/s"])
    batch += [(f"/s/Sales/g_{i}.txt", 5,
               [_result(f"/s/Sales/g_{i}.txt", None, "cv", 3 + i % 7),
                _result(f"/s/Sales/g_{i}.txt", "bijlage.txt", "other", 5)]) for i in range(9)]
    index.record_many(batch, scan_id)
    plain = _report(index, scan_id)
    info = [row for row in plain if row[0].rule is None]
    index.db.execute("INSERT INTO triage VALUES (?, 'resolved', 'gezien', '2024-01-02')",
                     (info[3][0].finding_id,))
    plain = _report(index, scan_id)
    for _ in range(2):
        grouped = list(index.report_findings(scan_id, totals(index.db, scan_id).groups))
        assert grouped == plain
    assert sum(row[4] for row in plain if row[0].rule is None) > len(info) > 0
    assert any(row[2] == "resolved" for row in grouped)
    index.close()


def test_file_counts_from_the_groups_equal_counting_again(tmp_path: Path) -> None:
    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    batch = [(f"/s/f_{i}.txt", 5, [_result(f"/s/f_{i}.txt", None, "other", i % 6),
                                   _result(f"/s/f_{i}.txt", "a.txt", "cv", 2 + i % 3)])
             for i in range(10)]
    index.record_many(batch, scan_id)
    plain = _file_counts_counted_again(index, scan_id)
    assert list(index.report_files(scan_id, totals(index.db, scan_id).groups)) == plain
    assert {n for _, n in plain} >= {0, 2, 5}
    index.close()


def test_the_report_drops_its_groups_table(tmp_path: Path) -> None:
    """The temporary table of the groups lives while the report is written, not after: a
    connection kept open (the API, a second report) holds no table of an old scan."""
    from scanner.report_input import write_excel_report

    index = Index(tmp_path / "i.sqlite")
    scan_id, _ = index.begin_scan(["/s"])
    index.record_many([(f"/s/f_{i}.txt", 5, [_result(f"/s/f_{i}.txt", None, "cv", 6)])
                       for i in range(3)], scan_id)
    index.finish_scan(scan_id, ["/s"])
    temp = "SELECT name FROM temp.sqlite_master WHERE type = 'table'"
    for _ in range(2):
        write_excel_report(index, scan_id, tmp_path / "r.xlsx", lang="nl", policy_path=None,
                           previous_report=None, password=None)
        assert index.db.execute(temp).fetchall() == []
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    index.close()
