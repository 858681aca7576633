"""The Bevindingen/Findings sheets: one row a finding, as an Excel table with severity
colours, a Status drop-down and a link to the file; continuation sheets past Excel's rows."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import NamedStyle, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from reports.cells import header, safe
from reports.labels import CANONICAL, LABELS, STATUSES
from reports.shown import link_target

if TYPE_CHECKING:
    from reports.excel import FindingRow

MAX_ROWS = 1_048_576
# Excel refuses (and "repairs" away) more hyperlinks than this on one sheet; openpyxl also
# holds every hyperlink in memory until the save, so the cap keeps memory flat too.
MAX_LINKS_PER_SHEET = 65_530
SEVERITY_FILL = {"high": "F8CBAD", "medium": "FFE699", "low": "DDEBF7", "info": "EDEDED"}


def add_severity_styles(wb: Workbook) -> None:
    """Named styles: one lookup a row instead of hashing a new fill for every cell."""
    for severity, colour in SEVERITY_FILL.items():
        wb.add_named_style(NamedStyle(f"severity-{severity}",
                                      fill=PatternFill("solid", fgColor=colour)))


def write_findings(wb: Workbook, rows: Iterable[FindingRow], statements: dict[str, str],
                   lang: str, rows_per_sheet: int = MAX_ROWS - 1) -> None:
    """The Findings sheet, continued on "Findings (2)"... past ``rows_per_sheet`` rows."""
    labels = LABELS[lang]
    shown = dict(zip(CANONICAL, STATUSES[lang]))
    sheet: FindingsSheet | None = None
    for row in rows:
        if sheet is None or sheet.rows >= rows_per_sheet:
            number = 1
            if sheet is not None:
                sheet.close()
                number = sheet.number + 1
            sheet = FindingsSheet(wb, labels, lang, number)
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
        sheet = FindingsSheet(wb, labels, lang, 1)
    sheet.close()


class FindingsSheet:
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
        header(ws, labels["finding_cols"])
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

        URIs are percent-encoded, so no file name escapes them; a name holding an identifier
        is linked by its folder (``link_target``), the cell shows it masked."""
        if self.links >= MAX_LINKS_PER_SHEET:
            return safe(path)
        if self._uri[0] != path:
            target = link_target(path)
            if target.startswith("smb://"):
                uri = "smb://" + quote(target[len("smb://"):], safe="/@:",
                                       errors="surrogateescape")
            elif "://" not in target:
                uri = Path(target).absolute().as_uri()
            else:
                return safe(path)
            self._uri = (path, uri)
        cell = WriteOnlyCell(self.ws, value=safe(path))
        cell.hyperlink = self._uri[1]
        self.links += 1
        return cell
