"""The DPO's Excel report, streamed with openpyxl's write-only mode and written atomically.

Sheets: Samenvatting/Summary, Bevindingen/Findings (findings_sheet.py), Bestanden/Files,
Fouten/Errors, Bewaartermijnen/Retention, Regels/Rules. Text from files is never written as
a formula. Memory stays flat in the number of findings: rows stream from iterators, and the
only per-row objects openpyxl keeps until the save are hyperlinks, capped at Excel's limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from reports.cells import header, safe, save_atomically
from reports.findings_sheet import MAX_ROWS, add_severity_styles, write_findings
from reports.labels import LABELS
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
    """One Findings row: the finding with when it was first seen and the DPO's triage."""

    finding: Finding
    first_seen: str = ""
    status: str = "open"  # canonical: see reports.labels.CANONICAL
    comment: str = ""


@dataclass(frozen=True)
class FileRow:
    file: FileRecord
    findings: int = 0


@dataclass(frozen=True)
class ReportInput:
    """Everything the workbook shows; counts are precomputed by the caller (the index)."""

    scope: Sequence[str]
    scan_time: str
    file_counts: dict[str, int]
    by_rule: dict[tuple[str, str], int]
    by_entity: dict[str, int]
    by_doc_type: dict[str, int]
    files: Iterable[FileRow]  # streamed, in report order
    findings: Iterable[FindingRow]  # streamed, in report order
    rules: Sequence[RuleRow]
    trend: tuple[int, int] | None = None  # (new, resolved) against the previous scan
    top_folders: Sequence[tuple[str, int]] = ()  # by high-severity findings
    open_findings: int = 0
    scan_started: datetime | None = None  # for "how far past" on the retention sheet


def write_report(path: Path, data: ReportInput, lang: str = "nl",
                 rows_per_sheet: int = MAX_ROWS - 1) -> None:
    """Write the workbook to a temp file and rename it into place: complete or not at all."""
    labels = LABELS[lang]
    wb = Workbook(write_only=True)
    add_severity_styles(wb)
    _summary(wb, data, labels)
    write_findings(wb, data.findings, {r.id: r.statement for r in data.rules}, lang,
                   rows_per_sheet)
    _files(wb, data, labels)
    _rules(wb, data, labels)
    save_atomically(wb, path)


def _summary(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    ws = wb.create_sheet(labels["summary"])
    ws.column_dimensions["A"].width = 40
    rows = [[labels["scope"], safe(", ".join(data.scope))], [labels["time"], data.scan_time]]
    rows += [[f"{labels['files_n']}: {status}", n] for status, n in sorted(data.file_counts.items())]
    rows.append([labels["open"], data.open_findings])
    if data.trend is None:
        rows.append([labels["trend"], labels["first_scan"]])
    else:
        rows += [[f"{labels['trend']}: {labels['new']}", data.trend[0]],
                 [f"{labels['trend']}: {labels['resolved']}", data.trend[1]]]
    sections = [
        (labels["by_rule"], [[f"{rule} ({sev})", n] for (rule, sev), n in
                             sorted(data.by_rule.items())]),
        (labels["by_entity"], [[e, n] for e, n in sorted(data.by_entity.items())]),
        (labels["by_type"], [[t, n] for t, n in sorted(data.by_doc_type.items())]),
        (labels["top"], [[safe(folder), n] for folder, n in data.top_folders[:10]]),
    ]
    for row in rows:
        ws.append(row)
    at = len(rows) + 2
    for n, (title, body) in enumerate(sections):
        ws.append([])
        ws.append([title])
        for row in body:
            ws.append(row)
        if body and n < 2:  # bar charts for rules and entities
            _chart(ws, title, at + 1, at + len(body), f"D{2 + 18 * n}")
        at += len(body) + 2


def _chart(ws: Any, title: str, first: int, last: int, anchor: str) -> None:
    chart = BarChart()
    chart.type, chart.title, chart.legend = "bar", title, None
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, anchor)


def _files(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    # three sheets filled in one pass over the files: write-only sheets stream side by side
    ws, err, ret = (wb.create_sheet(labels[k]) for k in ("files", "errors", "retention"))
    for sheet, cols in ((ws, "file_cols"), (err, "error_cols"), (ret, "retention_cols")):
        header(sheet, labels[cols])
    periods = {r.id: r.retention_days for r in data.rules if r.retention_days}
    for row in data.files:
        f = row.file
        ws.append([safe(f.path), safe(f.member or ""), f.status, f.error or "", f.doc_type,
                   safe(f.doc_reason), f.size, f.modified.isoformat(), ", ".join(f.rules),
                   row.findings])
        if f.status == "error":
            err.append([safe(f.path), safe(f.member or ""), f.error, safe(f.error_message)])
        for r in _retention_rows(periods, data.scan_started, f):
            ret.append(r)


def _retention_rows(periods: dict[str, int | None], started: datetime | None,
                    f: FileRecord) -> list[list[Any]]:
    out = []
    for rule in f.rules:
        if rule in periods and started:
            past = (started - f.modified).days - (periods[rule] or 0)
            out.append([safe(f.path), safe(f.member or ""), f.doc_type, rule,
                        f.modified.date().isoformat(), past])
    return out


def _rules(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    ws = wb.create_sheet(labels["rules"])
    header(ws, labels["rule_cols"])
    for r in data.rules:
        ws.append([r.id, r.severity, r.enabled, r.statement])
