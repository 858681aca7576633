"""The DPO's Excel report, streamed with openpyxl's write-only mode and written atomically.

Sheets: Samenvatting/Summary, Bevindingen/Findings, Bestanden/Files, Fouten/Errors,
Bewaartermijnen/Retention, Regels/Rules. Text from files is never written as a formula.
Memory stays flat in the number of findings: rows stream from iterators, and the only
per-row objects openpyxl keeps until the save are hyperlinks, capped at Excel's own limit.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from scanner.extract.sniff import OLE2
from scanner.models import FileRecord, Finding

MAX_ROWS = 1_048_576
# Excel refuses (and "repairs" away) more hyperlinks than this on one sheet; openpyxl also
# holds every hyperlink in memory until the save, so the cap keeps memory flat too.
MAX_LINKS_PER_SHEET = 65_530
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
class FindingRow:
    """One Findings row: the finding with when it was first seen and the DPO's triage."""

    finding: Finding
    first_seen: str = ""
    status: str = "open"  # canonical: see CANONICAL
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
    for severity, colour in SEVERITY_FILL.items():
        wb.add_named_style(NamedStyle(f"severity-{severity}",
                                      fill=PatternFill("solid", fgColor=colour)))
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
    sheet: _FindingsSheet | None = None
    for row in data.findings:
        if sheet is None or sheet.rows >= rows_per_sheet:
            number = 1
            if sheet is not None:
                sheet.close()
                number = sheet.number + 1
            sheet = _FindingsSheet(wb, labels, lang, number)
        x = row.finding
        sev = WriteOnlyCell(sheet.ws, value=x.severity)
        if x.severity in SEVERITY_FILL:
            sev.style = f"severity-{x.severity}"
        # None, not "", for empty cells: openpyxl skips writing them
        sheet.append([sev, x.rule, statements.get(x.rule or ""), x.entity, safe(x.masked),
                      x.doc_type, sheet.link(x.path), safe(x.member), safe(x.location),
                      x.confidence, row.first_seen or None, shown.get(row.status, row.status),
                      safe(row.comment) or None, x.finding_id])
    if sheet is None:
        sheet = _FindingsSheet(wb, labels, lang, 1)
    sheet.close()


class _FindingsSheet:
    """One Findings sheet (the first or a continuation): table, drop-down, capped links."""

    WIDTHS = (9, 20, 50, 22, 18, 16, 60, 30, 14, 10, 20, 18, 30, 22)

    def __init__(self, wb: Workbook, labels: dict[str, Any], lang: str, number: int) -> None:
        self.number, self.rows, self.links = number, 0, 0
        self._uri = ("", "")  # (path, uri) of the last row: findings come sorted by file
        self.ws = ws = wb.create_sheet(labels["findings"] + (f" ({number})" if number > 1
                                                              else ""))
        dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES[lang]) + '"',
                            allow_blank=True)
        dv.add(f"L2:L{MAX_ROWS}")
        ws.data_validations.append(dv)
        for col, width in zip("ABCDEFGHIJKLMN", self.WIDTHS):
            ws.column_dimensions[col].width = width
        _header(ws, labels["finding_cols"])
        # a table gives banded rows and the autofilter; write-only mode cannot read the
        # header back, so the columns are named here and the range is set on close
        self.table = Table(displayName=f"{labels['findings']}{number}", ref="A1:N2",
                           tableColumns=[TableColumn(id=i, name=name) for i, name in
                                         enumerate(labels["finding_cols"], 1)],
                           autoFilter=AutoFilter(ref="A1:N2"),
                           tableStyleInfo=TableStyleInfo(name="TableStyleLight9",
                                                         showRowStripes=True))
        with warnings.catch_warnings():  # "add table columns manually": done above
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(self.table)

    def append(self, cells: list[Any]) -> None:
        self.ws.append(cells)
        self.rows += 1

    def close(self) -> None:
        self.table.ref = self.table.autoFilter.ref = f"A1:N{max(self.rows, 1) + 1}"

    def link(self, path: str) -> Any:
        """The file as a hyperlink while the sheet is under Excel's cap, else plain text.

        file:// URIs are percent-encoded, so no file name escapes them."""
        if self.links >= MAX_LINKS_PER_SHEET:
            return safe(path)
        if self._uri[0] != path:
            if path.startswith("smb://"):
                uri = path.replace(" ", "%20")
            elif "://" not in path:
                uri = Path(path).absolute().as_uri()
            else:
                return safe(path)
            self._uri = (path, uri)
        cell = WriteOnlyCell(self.ws, value=safe(path))
        cell.hyperlink = self._uri[1]
        self.links += 1
        return cell


def _files(wb: Workbook, data: ReportInput, labels: dict[str, Any]) -> None:
    # three sheets filled in one pass over the files: write-only sheets stream side by side
    ws, err, ret = (wb.create_sheet(labels[k]) for k in ("files", "errors", "retention"))
    for sheet, cols in ((ws, "file_cols"), (err, "error_cols"), (ret, "retention_cols")):
        _header(sheet, labels[cols])
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
    _header(ws, labels["rule_cols"])
    for r in data.rules:
        ws.append([r.id, r.severity, r.enabled, r.statement])


class PreviousReportError(ValueError):
    """The --previous-report cannot be read; the message is safe to show (no content)."""


def open_previous(path: Path, password: str | None = None) -> Any:
    """A previous report, read-only; an encrypted one (an OLE2 wrapper, see
    ``--report-password``) is decrypted in memory, never to disk."""
    import io
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    source: Any = path
    with open(path, "rb") as fh:
        encrypted = fh.read(len(OLE2)) == OLE2
    if encrypted:
        import msoffcrypto
        from msoffcrypto.exceptions import (
            DecryptionError,
            FileFormatError,
            InvalidKeyError,
            ParseError,
        )

        if not password:
            raise PreviousReportError("the previous report is encrypted: give --report-password")
        source = io.BytesIO()
        try:
            with open(path, "rb") as fh:
                office = msoffcrypto.OfficeFile(fh)
                office.load_key(password=password)
                office.decrypt(source)
        except InvalidKeyError as e:
            raise PreviousReportError("wrong password for the previous report") from e
        except (DecryptionError, FileFormatError, ParseError) as e:
            raise PreviousReportError("the previous report cannot be decrypted") from e
    try:
        return load_workbook(source, read_only=True)
    except (OSError, KeyError, ValueError, BadZipFile, InvalidFileException) as e:
        raise PreviousReportError("the previous report is not an Excel workbook") from e


def read_triage(path: Path, password: str | None = None) -> Iterator[tuple[str, str, str]]:
    """(finding id, canonical status, comment) of every Findings row of a previous report,
    in either language, streamed (read-only mode) so a million rows stay flat."""
    to_canonical = {label: c for labels in STATUSES.values()
                    for label, c in zip(labels, CANONICAL)}
    wb = open_previous(path, password)
    try:
        for ws in wb.worksheets:
            if not ws.title.startswith(("Bevindingen", "Findings")):
                continue
            for row in ws.iter_rows(min_row=2, values_only=True):
                if len(row) >= 14 and row[13]:
                    status = to_canonical.get(str(row[11] or "open"), "open")
                    yield str(row[13]), status, str(row[12] or "")
    finally:
        wb.close()
