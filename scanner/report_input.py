"""Build the Excel report's input from the index (counts in SQL, rows streamed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reports.atomic import create_private, private_dir, publish
from reports.excel import FileRow, FindingRow, ReportInput, RuleRow, write_report
from reports.summary_sheet import absolute
from reports.triage import TriageRow, read_triage
from scanner.index import Index
from scanner.index_totals import Totals, counted
from scanner.policy import load_policy


def write_excel_report(index: Index, scan_id: int, path: Path, *, lang: str,
                       policy_path: str | None, previous_report: str | None,
                       password: str | None, as_of: datetime | None = None,
                       show_terms: bool = False) -> list[TriageRow]:
    """``as_of`` (``scan --as-of``) replaces the scan's start as the day retention is judged;
    ``show_terms`` (``scan --show-terms``) shows special-category terms in clear. Returns the
    previous report's rows whose Status was not understood (they count as open)."""
    not_understood: list[TriageRow] = []
    if previous_report:
        index.save_triage(read_triage(Path(previous_report), password, not_understood))
    with counted(index.db, scan_id) as counts:
        data = _report_input(index, scan_id, counts, policy_path, as_of, show_terms)
        _write(path, data, lang, password)
    return not_understood


def _report_input(index: Index, scan_id: int, counts: Totals, policy_path: str | None,
                  as_of: datetime | None, show_terms: bool) -> ReportInput:
    """The report's counts and its rows' streams (read from the index as it is written)."""
    roots, started, _ = index.scan_info(scan_id)
    policy = load_policy(policy_path)
    return ReportInput(
        scope=absolute(roots), scan_time=started, file_counts=index.status_counts(scan_id),
        by_rule={(rule or "-", sev): n for (rule, sev), n in counts.by_rule.items()},
        by_entity=_split(counts.by_entity),
        by_doc_type=_split(counts.by_doc_type),
        files=(FileRow(f, n) for f, n in index.report_files(scan_id, counts.groups)),
        findings=(FindingRow(*row) for row in index.report_findings(scan_id,
                                                                     counts.groups)),
        rules=[RuleRow(r.id, r.severity, r.enabled, r.statement,
                       r.retention.days if r.retention else None)
               for r in policy.rules.values()],
        trend=index.trend(scan_id),
        top_folders=counts.top_folders,
        open_findings=index.open_findings(scan_id),
        scan_started=as_of or datetime.fromisoformat(started),
        file_rules=index.file_rule_counts(scan_id),
        as_of=as_of.replace(tzinfo=None) if as_of else None, show_terms=show_terms,
        info_rows=counts.info_rows,
    )


def _write(path: Path, data: ReportInput, lang: str, password: str | None) -> None:
    if not password:
        write_report(path, data, lang=lang)
        return
    # the plain workbook only ever lives in a private folder (reports.atomic) and is gone
    # before the encrypted one is renamed into place: no plain report at ``path``
    with private_dir(path) as folder:
        plain = folder / "plain.xlsx"
        write_report(plain, data, lang=lang)
        encrypted = folder / "encrypted.xlsx"
        _encrypt(plain, encrypted, password)
        publish(encrypted, path)


def _split(counts: dict[tuple[str, str], int]) -> dict[str, tuple[int, int]]:
    """{(key, rule): n} -> {key: (violations, info findings)}: a finding with a rule is a
    violation."""
    out: dict[str, tuple[int, int]] = {}
    for (key, rule), n in counts.items():
        violations, info = out.get(key, (0, 0))
        out[key] = (violations + n, info) if rule else (violations, info + n)
    return out


def _encrypt(plain: Path, encrypted: Path, password: str) -> None:
    import os

    from msoffcrypto.format.ooxml import OOXMLFile

    with open(plain, "rb") as src, os.fdopen(create_private(encrypted), "wb") as out:
        OOXMLFile(src).encrypt(password, out)
