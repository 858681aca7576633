"""The Bevindingen/Findings sheets: one row a violation, one row per file and kind of data for
the info findings (how many in the location cell), in the reader's words, as an Excel table
with severity colours, a Status drop-down that enforces its list and a link to the file;
continuation sheets past Excel's rows. The codes sit in hidden columns for filtering."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from reports.cells import safe
from reports.fast_rows import Linked, Styled
from reports.labels import CANONICAL, STATUSES, Words
from reports.sheets import Layout, SheetWriter
from reports.shown import link_target

if TYPE_CHECKING:
    from reports.excel import FindingRow

MAX_ROWS = 1_048_576
# Excel refuses (and "repairs" away) more hyperlinks than this on one sheet; openpyxl also
# holds every hyperlink in memory until the save, so the cap keeps memory flat too.
MAX_LINKS_PER_SHEET = 65_530
# Excel's longest hyperlink address: a longer one (a deep share path, or a shorter one whose
# accented letters are percent-encoded three bytes each) makes Excel "repair" the workbook
# and drop its links; XlsxWriter's max_url_length and EPPlus stop at the same number.
MAX_LINK_LENGTH = 2_079
SEVERITY_FILL = {"high": "F8CBAD", "medium": "FFE699", "low": "DDEBF7", "info": "EDEDED"}
STATUS_COL, COMMENT_COL, ID_COL = 8, 9, 13  # 0-based; triage reads them back by header
SPECIAL = "SPECIAL_"


def add_severity_styles(wb: Workbook) -> None:
    """Named styles: one lookup a row instead of hashing a new fill for every cell."""
    for severity, colour in SEVERITY_FILL.items():
        wb.add_named_style(NamedStyle(f"severity-{severity}", font=Font(name="Calibri", size=11),
                                      fill=PatternFill("solid", fgColor=colour)))


def findings_layout(words: Words) -> Layout:
    """Paths are not wrapped (no spaces to wrap at; the cell keeps the whole path), nor is
    the statement's sentence (one a rule, in full on the Rules sheet)."""
    return Layout(words["finding_cols"], wrap=frozenset({1, 2, 3, 4, 6, 7, 9}),
                  hidden=frozenset({14, 15, 16, 17}), styles={10: "time"},
                  unique=frozenset({ID_COL}),
                  max_width={1: 36, 2: 24, 3: 28, 4: 20, 5: 55, 6: 24, 7: 18, 9: 30, 12: 50})


def write_findings(wb: Workbook, rows: Iterable[FindingRow], statements: dict[str, str],
                   words: Words, scan_time: str, rows_per_sheet: int = MAX_ROWS - 1,
                   show_terms: bool = False) -> None:
    """The Findings sheet, continued on "Findings (2)"... past ``rows_per_sheet`` rows."""
    shown = dict(zip(CANONICAL, STATUSES[words.lang]))
    coded: dict[tuple[str, str | None, str, str], _Coded] = {}
    sheet: FindingsSheet | None = None
    for row in rows:
        if sheet is None or sheet.rows >= rows_per_sheet:
            number = 1 if sheet is None else sheet.close() + 1
            sheet = FindingsSheet(wb, words, scan_time, number)
        x = row.finding
        key = (x.severity, x.rule, x.entity, x.doc_type)
        c = coded.get(key)
        if c is None:
            c = coded[key] = _coded(*key, words, statements)
        sheet.append([
            c.severity, c.rule, c.entity, shown_value(x.entity, x.masked, words, show_terms),
            c.doc_type, sheet.link(x.path), x.member,
            _place(x.location, row.occurrences, words), shown.get(row.status, row.status),
            row.comment, _time(row.first_seen), round(x.confidence * 100), c.statement,
            # our own hex id, written as is: masking took a run of digits in one for a BSN
            # or a phone number, and triage read back by id lost that row's status
            Styled(x.finding_id, "Normal"),
            x.severity, x.rule, x.entity, x.doc_type])
    if sheet is None:
        sheet = FindingsSheet(wb, words, scan_time, 1)
    sheet.close()


class _Coded(NamedTuple):
    """A row's cells that follow from its codes alone, in the reader's words."""

    severity: Any
    rule: str
    entity: str
    doc_type: str
    statement: str | None


def _coded(severity: str, rule: str | None, entity: str, doc_type: str, words: Words,
           statements: dict[str, str]) -> _Coded:
    """Made once per combination of codes (a handful), not once a row."""
    sev: Any = words.code("severity", severity)
    if severity in SEVERITY_FILL:
        sev = Styled(sev, f"severity-{severity}")
    return _Coded(sev, words.code("rule", rule), words.code("entity", entity),
                  words.code("doc_type", doc_type), statements.get(rule or ""))


def _place(location: str, occurrences: int, words: Words) -> str:
    """The location; a collapsed info row says how often, and where the first one is.

    >>> _place("Blad1!B4", 23, Words("nl")), _place("page 2", 1, Words("en"))
    ('23 keer (eerste: Blad1!B4)', 'page 2')
    """
    if occurrences == 1:
        return words.phrase(location)
    return str(words["occurrences"]).format(n=occurrences, first=words.phrase(location))


def shown_value(entity: str, masked: str, words: Words, show_terms: bool) -> str:
    """The masked value; a special-category term is itself sensitive (a report listing
    "burn-out" beside a name is a health register), so only its category is shown unless
    ``scan --show-terms`` asks for the term.

    >>> shown_value("SPECIAL_HEALTH", "burn-out", Words("nl"), False)
    'Gezondheid: term verborgen'
    """
    if entity.startswith(SPECIAL) and not show_terms:
        return str(words["special_hidden"]).format(category=words.code("entity", entity))
    return masked


class FindingsSheet(SheetWriter):
    """One Findings sheet (the first or a continuation): table, drop-down, capped links."""

    def __init__(self, wb: Workbook, words: Words, scan_time: str, number: int) -> None:
        title = words["findings"] + (f" ({number})" if number > 1 else "")
        super().__init__(wb, title, findings_layout(words), words, scan_time, autofilter=False)
        self.number, self.links = number, 0
        status = get_column_letter(STATUS_COL + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES[words.lang]) + '"',
                            allow_blank=True, showErrorMessage=True, errorStyle="stop",
                            errorTitle=words["invalid_status_title"],
                            error=words["invalid_status"])
        dv.add(f"{status}2:{status}{MAX_ROWS}")
        # on paper the triage columns (up to the comment); first seen, confidence, the
        # statement's sentence and the id are for the screen
        self.ws.print_area = f"A1:{get_column_letter(COMMENT_COL + 1)}{MAX_ROWS}"
        self.ws.data_validations.append(dv)
        # a table gives banded rows and the autofilter; write-only mode cannot read the
        # header back, so the columns are named here and the range is set on close
        last = get_column_letter(len(self.layout.columns))
        self.table = Table(displayName=f"{words['findings']}{number}", ref=f"A1:{last}2",
                           tableColumns=[TableColumn(id=i, name=name) for i, name in
                                         enumerate(self.layout.columns, 1)],
                           autoFilter=AutoFilter(ref=f"A1:{last}2"),
                           tableStyleInfo=TableStyleInfo(name="TableStyleLight9",
                                                         showRowStripes=True))
        with warnings.catch_warnings():  # "add table columns manually": done above
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(self.table)

    def close(self) -> int:
        """Close the sheet; returns its number (the next continuation is one more)."""
        super().close()
        last = get_column_letter(len(self.layout.columns))
        self.table.ref = self.table.autoFilter.ref = f"A1:{last}{max(self.rows, 1) + 1}"
        return self.number

    def link(self, path: str) -> Any:
        """The file as a hyperlink while the sheet is under Excel's cap, else plain text."""
        uri = _uri(path)
        if self.links >= MAX_LINKS_PER_SHEET or uri is None:
            return safe(path)
        self.links += 1
        return Linked(safe(path), uri)


@lru_cache(maxsize=64)  # one first-seen time per scan
def _time(iso: str) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


@lru_cache(maxsize=4096)
def _uri(path: str) -> str | None:
    """The link for a file: percent-encoded, so no file name escapes it, and a name holding an
    identifier is linked by its folder (``link_target``); None past Excel's length. Rows come
    by severity, not by file: a small cache spares re-encoding a file's URI."""
    target = link_target(path)
    if target.startswith("smb://"):
        uri = "smb://" + quote(target[len("smb://"):], safe="/@:", errors="surrogateescape")
    elif "://" in target:
        return None
    else:
        uri = Path(target).absolute().as_uri()
    return uri if len(uri) <= MAX_LINK_LENGTH else None
