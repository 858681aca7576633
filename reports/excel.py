"""The DPO's Excel report, streamed with openpyxl's write-only mode and written atomically.

Sheets: Samenvatting/Summary, Bevindingen/Findings, Bestanden/Files, Fouten/Errors,
Regels/Rules. Text from files is never written as a formula.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from scanner.models import FileRecord, Finding

MAX_ROWS = 1_048_576
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SEVERITY_FILL = {"high": "F8CBAD", "medium": "FFE699", "low": "DDEBF7", "info": "EDEDED"}
STATUSES = {"nl": ["open", "fout-positief", "opgelost", "geaccepteerd risico"],
            "en": ["open", "false positive", "resolved", "accepted risk"]}
CANONICAL = ["open", "false_positive", "resolved", "accepted_risk"]

LABELS = {
    "nl": {"summary": "Samenvatting", "findings": "Bevindingen", "files": "Bestanden",
           "errors": "Fouten", "rules": "Regels",
           "finding_cols": ["Ernst", "Regel", "Zin uit de privacyverklaring", "Entiteit",
                            "Gemaskeerde waarde", "Documenttype", "Bestand", "Onderdeel",
                            "Locatie", "Zekerheid", "Eerst gezien", "Status", "Opmerking",
                            "Bevinding-id"],
           "file_cols": ["Bestand", "Onderdeel", "Status", "Fout", "Documenttype", "Reden",
                         "Grootte", "Gewijzigd", "Regels", "Bevindingen"],
           "error_cols": ["Bestand", "Onderdeel", "Fout", "Toelichting"],
           "rule_cols": ["Regel", "Ernst", "Actief", "Zin uit de privacyverklaring"],
           "scope": "Bereik", "time": "Scantijd", "files_n": "Bestanden", "by_rule":
           "Bevindingen per regel en ernst", "by_entity": "Bevindingen per entiteit",
           "by_type": "Bevindingen per documenttype", "open": "Open bevindingen",
           "retention": "Bewaartermijnen", "trend": "Sinds de vorige scan",
           "new": "nieuw", "resolved": "opgelost", "first_scan": "eerste scan van deze index",
           "top": "Top 10 mappen (hoge ernst)",
           "retention_cols": ["Bestand", "Onderdeel", "Documenttype", "Regel", "Gewijzigd",
                              "Dagen over de termijn"]},
    "en": {"summary": "Summary", "findings": "Findings", "files": "Files", "errors": "Errors",
           "rules": "Rules",
           "finding_cols": ["Severity", "Rule", "Statement sentence", "Entity", "Masked value",
                            "Document type", "File", "Member", "Location", "Confidence",
                            "First seen", "Status", "Comment", "Finding id"],
           "file_cols": ["File", "Member", "Status", "Error", "Document type", "Reason",
                         "Size", "Modified", "Rules", "Findings"],
           "error_cols": ["File", "Member", "Error", "Detail"],
           "rule_cols": ["Rule", "Severity", "Enabled", "Statement sentence"],
           "scope": "Scope", "time": "Scan time", "files_n": "Files", "by_rule":
           "Findings by rule and severity", "by_entity": "Findings by entity",
           "by_type": "Findings by document type", "open": "Open findings",
           "retention": "Retention", "trend": "Since the previous scan", "new": "new",
           "resolved": "resolved", "first_scan": "first scan of this index",
           "top": "Top 10 folders (high severity)",
           "retention_cols": ["File", "Member", "Document type", "Rule", "Modified",
                              "Days past the period"]},
}


@dataclass(frozen=True)
class RuleRow:
    id: str
    severity: str
    enabled: bool
    statement: str
    retention_days: int | None = None


@dataclass(frozen=True)
class ReportInput:
    """Everything the workbook shows; counts are precomputed by the caller (the index)."""

    scope: Sequence[str]
    scan_time: str
    file_counts: dict[str, int]
    by_rule: dict[tuple[str, str], int]
    by_entity: dict[str, int]
    by_doc_type: dict[str, int]
    files: Iterable[FileRecord]
    findings: Iterable[Finding]
    rules: Sequence[RuleRow]
    triage: dict[str, tuple[str, str]] = field(default_factory=dict)
    first_seen: dict[str, str] = field(default_factory=dict)
    findings_per_file: dict[tuple[str, str], int] = field(default_factory=dict)
    trend: tuple[int, int] | None = None  # (new, resolved) against the previous scan
    top_folders: Sequence[tuple[str, int]] = ()  # by high-severity findings
    open_findings: int = 0
    scan_started: datetime | None = None  # for "how far past" on the retention sheet


def safe(value: Any) -> Any:
    """Strings that Excel would read as a formula stay text.

    >>> safe("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_report(path: Path, data: ReportInput, lang: str = "nl",
                 rows_per_sheet: int = MAX_ROWS - 1) -> None:
    """Write the workbook to a temp file and rename it into place: complete or not at all."""
    labels = LABELS[lang]
    wb = Workbook(write_only=True)
    _summary(wb, data, labels)
    _findings(wb, data, labels, lang, rows_per_sheet)
    _files(wb, data, labels)
    _rules(wb, data, labels)
    save_atomically(wb, path)


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save beside the target (owner-only) and rename: a crash never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _header(ws: Any, cols: Sequence[str]) -> None:
    cells = []
    for c in cols:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = Font(bold=True)
        cells.append(cell)
    # a write-only sheet writes its view with the first row: freeze before appending
    ws.freeze_panes = "A2"
    ws.append(cells)


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


def _findings(wb: Workbook, data: ReportInput, labels: dict[str, Any], lang: str,
              rows_per_sheet: int) -> None:
    statements = {r.id: r.statement for r in data.rules}
    shown = dict(zip(CANONICAL, STATUSES[lang]))
    ws, rows, sheet_no = None, rows_per_sheet, 0
    for x in data.findings:
        if rows >= rows_per_sheet:
            sheet_no += 1
            title = labels["findings"] + (f" ({sheet_no})" if sheet_no > 1 else "")
            ws = _findings_sheet(wb, title, labels, lang)
            rows = 0
        status, comment = data.triage.get(x.finding_id, ("open", ""))
        fill = PatternFill("solid", fgColor=SEVERITY_FILL.get(x.severity, "FFFFFF"))
        sev = WriteOnlyCell(ws, value=x.severity)
        sev.fill = fill
        ws.append([sev, x.rule or "", statements.get(x.rule or "", ""), x.entity, safe(x.masked),
                   x.doc_type, _link(ws, x.path), safe(x.member or ""), safe(x.location),
                   x.confidence, data.first_seen.get(x.finding_id, ""), shown.get(status, status),
                   safe(comment), x.finding_id])
        rows += 1
    if ws is None:
        _findings_sheet(wb, labels["findings"], labels, lang)


def _findings_sheet(wb: Workbook, title: str, labels: dict[str, Any], lang: str) -> Any:
    ws = wb.create_sheet(title)
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES[lang]) + '"',
                        allow_blank=True)
    dv.add(f"L2:L{MAX_ROWS}")
    ws.data_validations.append(dv)
    for col, width in zip("ABCDEFGHIJKLMN", (9, 20, 50, 22, 18, 16, 60, 30, 14, 10, 20, 18, 30, 22)):
        ws.column_dimensions[col].width = width
    _header(ws, labels["finding_cols"])
    ws.auto_filter.ref = f"A1:N{MAX_ROWS}"
    return ws


def _link(ws: Any, path: str) -> WriteOnlyCell:
    """The file as a hyperlink: file:// URIs are percent-encoded, so no name escapes them."""
    cell = WriteOnlyCell(ws, value=safe(path))
    if path.startswith("smb://"):
        cell.hyperlink = path.replace(" ", "%20")
    elif "://" not in path:
        cell.hyperlink = Path(path).absolute().as_uri()
    return cell


def _files(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    ws = wb.create_sheet(labels["files"])
    _header(ws, labels["file_cols"])
    errors: list[list[Any]] = []
    retention: list[list[Any]] = []
    for f in data.files:
        n = data.findings_per_file.get((f.path, f.member or ""), 0)
        ws.append([safe(f.path), safe(f.member or ""), f.status, f.error or "", f.doc_type,
                   safe(f.doc_reason), f.size, f.modified.isoformat(), ", ".join(f.rules), n])
        if f.status == "error":
            errors.append([safe(f.path), safe(f.member or ""), f.error, safe(f.error_message)])
        retention.extend(_retention_rows(data, f))
    err = wb.create_sheet(labels["errors"])
    _header(err, labels["error_cols"])
    for row in errors:
        err.append(row)
    ret = wb.create_sheet(labels["retention"])
    _header(ret, labels["retention_cols"])
    for row in retention:
        ret.append(row)


def _retention_rows(data: ReportInput, f: FileRecord) -> list[list[Any]]:
    periods = {r.id: r.retention_days for r in data.rules if r.retention_days}
    out = []
    for rule in f.rules:
        if rule in periods and data.scan_started:
            past = (data.scan_started - f.modified).days - (periods[rule] or 0)
            out.append([safe(f.path), safe(f.member or ""), f.doc_type, rule,
                        f.modified.date().isoformat(), past])
    return out


def _rules(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    ws = wb.create_sheet(labels["rules"])
    _header(ws, labels["rule_cols"])
    for r in data.rules:
        ws.append([r.id, r.severity, r.enabled, r.statement])


def read_triage(path: Path) -> dict[str, tuple[str, str]]:
    """finding_id -> (canonical status, comment) from a previous report, either language."""
    from openpyxl import load_workbook

    to_canonical = {label: c for labels in STATUSES.values()
                    for label, c in zip(labels, CANONICAL)}
    wb = load_workbook(path, read_only=True)
    out: dict[str, tuple[str, str]] = {}
    for ws in wb.worksheets:
        if not ws.title.startswith(("Bevindingen", "Findings")):
            continue
        for row in ws.iter_rows(min_row=2, values_only=True):
            if len(row) >= 14 and row[13]:
                status = to_canonical.get(str(row[11] or "open"), "open")
                out[str(row[13])] = (status, str(row[12] or ""))
    wb.close()
    return out
