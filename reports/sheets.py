"""One layout for every sheet of the DPO's workbooks: widths from the content (bounded), long
text wrapped, a bold frozen header with an autofilter, hidden code columns, and a print setup
(landscape, fit to the page width, header row on every page, page numbers and scan date).

Write-only sheets write their column widths before the first row, so a ``SheetWriter`` holds
the first rows back, sizes the columns from them and then streams: memory stays flat.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from reports.cells import safe
from reports.fast_rows import FastRows, Linked, Styled, install_writer, row_attrs
from reports.labels import Words, local

SAMPLE_ROWS = 500  # rows the widths are taken from; the rest stream behind them
MIN_WIDTH, MAX_WIDTH = 6, 60
CODE_WIDTH = 14
LINE_HEIGHT = 15.0  # points a line of 11-point text takes (Excel's default row height)
Tail = tuple["str | None", "str | None", int]  # see SheetWriter._tail
TAIL_CACHE = 20_000  # cells' markup kept per sheet (emptied when full: memory stays flat)


def add_styles(wb: Workbook, words: Words) -> None:
    """Named styles (one lookup per cell instead of a new style object per cell)."""
    # cells keep Excel's default bottom alignment: a row's wrapped and plain cells line up
    wrap = Alignment(wrap_text=True)
    font = {"name": "Calibri", "size": 11}  # a named style without a font gets a serif one
    wb.add_named_style(NamedStyle(
        "header", font=Font(bold=True, **font), fill=PatternFill("solid", fgColor="D9E1F2"),
        alignment=wrap, border=Border(bottom=Side(style="thin"))))
    wb.add_named_style(NamedStyle("wrap", alignment=wrap, font=Font(**font)))
    wb.add_named_style(NamedStyle("link-wrap", alignment=wrap,
                                  font=Font(color="0563C1", underline="single", **font)))
    wb.add_named_style(NamedStyle("date", number_format=words["excel_date"], font=Font(**font)))
    wb.add_named_style(NamedStyle("time", number_format=words["excel_time"], font=Font(**font)))
    wb.add_named_style(NamedStyle("count", number_format="#,##0", font=Font(**font)))
    wb.add_named_style(NamedStyle("percent", number_format="0%", font=Font(**font)))
    wb.add_named_style(NamedStyle("title", font=Font(bold=True, name="Calibri", size=14)))
    wb.add_named_style(NamedStyle("bold", font=Font(bold=True, **font)))


@dataclass(frozen=True)
class Layout:
    """How one sheet's columns look: which wrap, which hold codes (hidden), number styles."""

    columns: Sequence[str]
    wrap: frozenset[int] = frozenset()  # 0-based columns whose long text wraps
    hidden: frozenset[int] = frozenset()  # code columns: for filtering, not for reading
    styles: dict[int, str] = field(default_factory=dict)  # column -> named style
    max_width: dict[int, int] = field(default_factory=dict)
    # columns whose every row holds a value of its own (an id): their markup is made, never
    # kept, so they neither fill the markup cache nor empty it of the values that repeat
    unique: frozenset[int] = frozenset()


def print_setup(ws: Any, words: Words, scan_time: str, title_rows: str | None = "1:1") -> None:
    """Landscape A4 fitted to the page width, header row repeated, a footer with the sheet,
    the scan's date and page numbers. Call before the sheet's first row."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.25)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.center.text = f"{words['footer_scan']} {scan_time}".replace("&", "&&")
    ws.oddFooter.right.text = words["footer_page"]


class SheetWriter:
    """Appends rows to a write-only sheet in the shared layout; ``close`` sets the filter."""

    def __init__(self, wb: Workbook, title: str, layout: Layout, words: Words,
                 scan_time: str, autofilter: bool = True) -> None:
        self.ws = wb.create_sheet(title)
        self.layout, self.words, self.autofilter = layout, words, autofilter
        self.rows = 0
        self.widths: list[int] = []
        self._held: list[list[Any]] | None = []
        self._written, self._lines = 0, 1
        self._fast: FastRows | None = None
        # a column's values -> their cells' markup; one dict a column, keyed by the value
        # itself (only text, times, ints and text-like Styled/Linked values are kept: no
        # two of those are equal unless they are the same cell)
        self._tail_cache: list[dict[Any, Tail]] = [{} for _ in layout.columns]
        self._cached = 0
        self._heights: dict[float, str] = {}
        print_setup(self.ws, words, scan_time)

    def append(self, values: Sequence[Any]) -> None:
        if self._held is None:
            self._write(values)
        else:
            self._held.append(list(values))
            if len(self._held) >= SAMPLE_ROWS:
                self._release()
        self.rows += 1

    def close(self) -> None:
        if self._held is not None:
            self._release()
        if self._fast is not None:
            self._fast.flush()
        if self.autofilter:
            last = get_column_letter(len(self.layout.columns))
            self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"

    def _release(self) -> None:
        held, self._held = self._held or [], None
        self.widths = content_widths(self.layout, held)
        for n, width in enumerate(self.widths):
            dim = self.ws.column_dimensions[get_column_letter(n + 1)]
            dim.width, dim.hidden = width, n in self.layout.hidden
        self.ws.freeze_panes = "A2"
        # bold header text is wider than the body's: count its lines in a narrower column
        lines = max(wrapped_lines(name, int(w * 0.85)) for n, (name, w) in
                    enumerate(zip(self.layout.columns, self.widths)) if n not in self.layout.hidden)
        if lines > 1:
            self.ws.row_dimensions[1].height = LINE_HEIGHT * lines + 2
        install_writer(self.ws)
        self.ws.append([self._styled(name, "header") for name in self.layout.columns])
        self._fast = FastRows(self.ws)  # after the first row: the sheet's writer exists
        self._written = 1
        for values in held:
            self._write(values)

    def _write(self, values: Sequence[Any]) -> None:
        """One row; a row with wrapped text gets its height (neither LibreOffice nor Excel
        fits heights on opening), set for that row only so memory stays flat."""
        self._written += 1
        if self._fast is not None:
            fast = self._tails(values)
            if fast is not None:
                self._fast.add(self._written, self._height_attrs(), *fast)
                return
        self._lines = 1
        cells = self._cells(values)
        if self._fast is not None:
            cells = self._fast.as_cells(self._written, cells)
        if self._lines > 1:
            self.ws.row_dimensions[self._written].height = LINE_HEIGHT * min(self._lines, 15)
            self.ws.append(cells)
            del self.ws.row_dimensions[self._written]
        else:
            self.ws.append(cells)

    def _tails(self, values: Sequence[Any]) -> tuple[list[str], list[tuple[int, str]]] | None:
        """The row's cells' markup (``FastRows.cell``: its row number left open) and its
        links (column, target), each value turned into markup once per column (labels,
        files and rules repeat row after row); None when a value needs openpyxl's own path.
        Sets ``_lines``."""
        caches, unique = self._tail_cache, self.layout.unique
        if len(values) > len(caches):  # a row wider than its header
            caches.extend({} for _ in range(len(values) - len(caches)))
        cells: list[str] = []
        links: list[tuple[int, str]] = []
        lines = 1
        for n, value in enumerate(values):
            if value is None or value.__class__ is str and not value:
                continue
            kind = value.__class__
            if n in unique:
                key: Any = None
            elif kind is str or kind is int or kind is datetime or (
                    (kind is Styled or kind is Linked) and _text_like(value)):
                key = value  # an int keyed apart from 1.0 and True: those are never kept
            else:
                key = None
            hit = caches[n].get(key) if key is not None else None
            if hit is None:
                hit = self._tail(n, value)
                if key is not None:
                    self._keep(n, key, hit)
            markup, uri, wraps = hit
            if markup is None:
                return None
            if wraps > lines:  # noqa: PLR1730 - no max() call per cell
                lines = wraps
            cells.append(markup)
            if uri is not None:
                links.append((n, uri))
        self._lines = lines
        return cells, links

    def _keep(self, n: int, key: Any, tail: Tail) -> None:
        if self._cached >= TAIL_CACHE:
            for cache in self._tail_cache:
                cache.clear()
            self._cached = 0
        self._tail_cache[n][key] = tail
        self._cached += 1

    def _tail(self, n: int, value: Any) -> Tail:
        """(the cell's markup for ``FastRows.add`` or None, link target, lines it wraps to)."""
        if isinstance(value, Cell):
            return None, None, 1
        assert self._fast is not None
        self._lines = 1
        cell = self._cell(n, value)
        if cell is None:  # not reached: None and "" are skipped before
            return "", None, 1
        uri = cell.uri if type(cell) is Linked else None
        return self._fast.cell(n, cell), uri, self._lines

    def _height_attrs(self) -> str:
        """The row's height attributes, as openpyxl writes a row dimension of that height."""
        if self._lines <= 1:
            return ""
        height = LINE_HEIGHT * min(self._lines, 15)
        if height not in self._heights:
            dim = self.ws.row_dimensions[0]
            dim.height = height
            self._heights[height] = row_attrs(dict(dim))
            del self.ws.row_dimensions[0]
        return self._heights[height]

    def _wraps(self, n: int, text: Any) -> bool:
        """Whether the text is wider than its column; counts the row's lines if so."""
        lines = wrapped_lines(str(text), self.widths[n])
        self._lines = max(self._lines, lines)
        return lines > 1

    def _styled(self, value: Any, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        cell.style = style
        return cell

    def _cells(self, values: Sequence[Any]) -> list[Any]:
        return [self._cell(n, v) for n, v in enumerate(values)]

    def _cell(self, n: int, value: Any) -> Any:
        """One value as a cell: text formula-safe, times as local dates, long text wrapped."""
        if value is None or value == "":
            return None  # None, not "": openpyxl skips writing empty cells
        if isinstance(value, Styled | Linked):  # a link or a coloured cell: wrap it if long
            return self._wrapped(n, value)
        if isinstance(value, Cell):
            wrapped = {"Normal": "wrap", "Hyperlink": "link-wrap"}.get(value.style)
            if n in self.layout.wrap and wrapped and self._wraps(n, value.value):
                value.style = wrapped
            return value
        if isinstance(value, datetime):
            return Styled(local(value), self.layout.styles.get(n, "time"))
        if n in self.layout.styles:
            return Styled(safe(value), self.layout.styles[n])
        if isinstance(value, str) and n in self.layout.wrap and self._wraps(n, value):
            return Styled(safe(value), "wrap")
        return safe(value)

    def _wrapped(self, n: int, value: Styled | Linked) -> Styled | Linked:
        """Named styles, as cells: a Normal one wraps in a wrapping column when long."""
        text = value.value if isinstance(value, Styled) else value.text
        wrapped = {"Normal": "wrap", "Hyperlink": "link-wrap"}.get(value.style)
        if n not in self.layout.wrap or not wrapped or not self._wraps(n, text):
            return value
        if isinstance(value, Styled):
            return Styled(text, wrapped)
        return Linked(text, value.uri, "link-wrap")


@lru_cache(maxsize=8192)  # labels repeat on every row
def wrapped_lines(text: str, width: int) -> int:
    """Lines a text takes in a column of ``width`` (Excel's unit, the width of a digit),
    wrapped at spaces. Lower-case letters are narrower than digits but capitals wider, so
    one letter a unit is assumed (a row a line too tall beats text cut off). A word longer
    than the column is not broken (LibreOffice does not break it either).

    >>> wrapped_lines("een twee drie vier", 10), wrapped_lines("kort", 9), wrapped_lines("a" * 20, 9)
    (2, 1, 1)
    """
    room, total = max(width, 1), 0
    for paragraph in text.splitlines() or [""]:
        lines, used = 1, 0
        for word in paragraph.split(" "):
            if used and used + 1 + len(word) > room:
                lines, used = lines + 1, len(word)
            else:
                used += len(word) + (1 if used else 0)
        total += lines
    return total


def content_widths(layout: Layout, rows: Sequence[Sequence[Any]]) -> list[int]:
    """Each column's width from its header and the sampled rows, within bounds.

    >>> content_widths(Layout(["Bestand", "Ernst"], hidden=frozenset({1})), [["/a/b.txt", 1]])
    [10, 14]
    """
    out = []
    for n, name in enumerate(layout.columns):
        if n in layout.hidden:
            out.append(CODE_WIDTH)
            continue
        # headers wrap at their spaces: their longest word counts, not the whole header
        head = max(len(word) for word in name.split()) + 3 if name.strip() else 0
        longest = max([head, *(_shown_len(r[n]) + 1 for r in rows if n < len(r))])
        out.append(max(MIN_WIDTH, min(longest, layout.max_width.get(n, MAX_WIDTH))))
    return out


def _shown_len(value: Any) -> int:
    if isinstance(value, Cell | Styled):
        value = value.value
    elif isinstance(value, Linked):
        value = value.text
    if isinstance(value, datetime):
        return 16
    if isinstance(value, float):
        return 6
    return max((len(line) for line in str(value if value is not None else "").splitlines()),
               default=0)


def _text_like(value: Styled | Linked) -> bool:
    """A Styled or Linked value that can key the markup cache: 1 and 1.0 are equal keys but
    not the same cell, so only text, times and None are cached."""
    inner = value.value if isinstance(value, Styled) else value.text
    return inner is None or inner.__class__ is str or inner.__class__ is datetime
