"""The DPO's Excel report, streamed with openpyxl's write-only mode and written atomically.

Sheets: Samenvatting/Summary (summary_sheet.py), Bevindingen/Findings (findings_sheet.py),
Bestanden/Files, Fouten/Errors, Bewaartermijnen/Retention, Regels/Rules, all in the layout
of sheets.py. Every value a person reads is a label in the report's language; the codes sit
in hidden columns. Text from files is never written as a formula. Memory stays flat in the
number of findings: rows stream from iterators, and the only per-row objects openpyxl keeps
until the save are hyperlinks, capped at Excel's limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from reports.cells import save_atomically, streamed_workbook
from reports.findings_sheet import MAX_ROWS, add_severity_styles, write_findings
from reports.labels import Words
from reports.sheets import Layout, SheetWriter, add_styles
from reports.summary_sheet import write_summary
from scanner.models import FileRecord, Finding


@dataclass(frozen=True)
class RuleRow:
    id: str
    severity: str
    enabled: bool
    statement: str
    retention_days: int | None = None


@dataclass(frozen=True)
class FindingRow:
    """One Findings row: the finding with when it was first seen and the DPO's triage. An
    info row stands for ``occurrences`` findings of one entity in one file (the first of
    them shown); a violation is always one."""

    finding: Finding
    first_seen: str = ""
    status: str = "open"  # canonical: see reports.labels.CANONICAL
    comment: str = ""
    occurrences: int = 1


@dataclass(frozen=True)
class FileRow:
    file: FileRecord
    findings: int = 0


@dataclass(frozen=True)
class ReportInput:
    """Everything the workbook shows; counts are precomputed by the caller (the index).

    A violation is a finding that breaks a rule; the rest are info findings. ``open_findings``
    and ``trend`` count open violations only (Index.OPEN_VIOLATION)."""

    scope: Sequence[str]
    scan_time: str
    file_counts: dict[str, int]
    by_rule: dict[tuple[str, str], int]  # (rule or "-", severity) -> findings
    by_entity: dict[str, tuple[int, int]]  # entity -> (violations, info findings)
    by_doc_type: dict[str, tuple[int, int]]
    files: Iterable[FileRow]  # streamed, in report order
    findings: Iterable[FindingRow]  # streamed, in report order (open violations first)
    rules: Sequence[RuleRow]
    trend: tuple[int, int] | None = None  # (new, resolved) against the previous scan
    top_folders: Sequence[tuple[str, int]] = ()  # by high-severity findings
    open_findings: int = 0
    scan_started: datetime | None = None  # for "how far past" on the retention sheet
    file_rules: dict[str, int] = field(default_factory=dict)  # whole-file rule -> files
    as_of: datetime | None = None  # scan --as-of: the day retention was judged
    show_terms: bool = False  # scan --show-terms: special-category terms in clear
    info_rows: int | None = None  # Findings rows of the info findings (one per file, entity)


def write_report(path: Path, data: ReportInput, lang: str = "nl",
                 rows_per_sheet: int = MAX_ROWS - 1) -> None:
    """Write the workbook to a temp file and rename it into place: complete or not at all."""
    words = Words(lang)
    scan_time = words.time(data.scan_time)
    with streamed_workbook() as wb:
        add_styles(wb, words)
        add_severity_styles(wb)
        write_summary(wb, data, words)
        write_findings(wb, data.findings, {r.id: r.statement for r in data.rules}, words,
                       scan_time, rows_per_sheet, show_terms=data.show_terms)
        _files(wb, data, words, scan_time)
        _rules(wb, data, words, scan_time)
        save_atomically(wb, path)


def _files(wb: Workbook, data: ReportInput, words: Words, scan_time: str) -> None:
    # three sheets filled in one pass over the files: write-only sheets stream side by side
    files = SheetWriter(wb, words["files"], Layout(
        words["file_cols"], wrap=frozenset({1, 5, 8}), hidden=frozenset({10, 11, 12, 13}),
        styles={6: "count", 7: "date"}, max_width={0: 60, 1: 30, 5: 45, 8: 40}), words, scan_time)
    errors = SheetWriter(wb, words["errors"], Layout(
        words["error_cols"], wrap=frozenset({1, 3}), hidden=frozenset({4, 5}),
        max_width={0: 60, 1: 30, 3: 60}), words, scan_time)
    retention = SheetWriter(wb, words["retention"], Layout(
        words["retention_cols"], wrap=frozenset({1, 3}), hidden=frozenset({7, 8}),
        styles={4: "date"}, max_width={0: 60, 1: 30, 3: 40}), words, scan_time)
    periods = {r.id: r.retention_days for r in data.rules if r.retention_days}
    for row in data.files:
        f = row.file
        files.append([f.path, f.member, words.code("file_status", f.status),
                      _why_not_read(f, words), words.code("doc_type", f.doc_type),
                      words.phrase(f.doc_reason), f.size, f.modified,
                      words.codes("rule", f.rules), row.findings, f.status,
                      f.reason if f.status == "skipped" else f.error,
                      f.doc_type, ", ".join(f.rules)])
        if f.status == "error":
            errors.append([f.path, f.member, words.code("error", f.error),
                           words.code("error_help", f.error), f.error, f.error_message])
        for r in _retention_rows(periods, data.scan_started, f, words):
            retention.append(r)
    for sheet in (files, errors, retention):
        sheet.close()


def _why_not_read(f: FileRecord, words: Words) -> str:
    # a skipped entry has no error but a reason (a symlink is not followed): the DPO sees why
    if f.status == "skipped":
        return words.code("skip_reason", f.reason)
    return words.code("error", f.error)


def _retention_rows(periods: dict[str, int | None], started: datetime | None,
                    f: FileRecord, words: Words) -> list[list[Any]]:
    out = []
    for rule in f.rules:
        if rule in periods and started:
            days = periods[rule] or 0
            past = (started - f.modified).days - days
            out.append([f.path, f.member, words.code("doc_type", f.doc_type),
                        words.code("rule", rule), f.modified.date(), days, past,
                        f.doc_type, rule])
    return out


def _rules(wb: Workbook, data: ReportInput, words: Words, scan_time: str) -> None:
    ws = SheetWriter(wb, words["rules"], Layout(
        words["rule_cols"], wrap=frozenset({0, 4}), hidden=frozenset({5}),
        max_width={0: 45, 4: 80}), words, scan_time)
    for r in data.rules:
        ws.append([words.code("rule", r.id), words.code("severity", r.severity),
                   words["yes"] if r.enabled else words["no"], r.retention_days, r.statement,
                   r.id])
    ws.close()
