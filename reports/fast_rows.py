"""Body rows of a write-only sheet written as XML in one step, the same XML openpyxl writes.

openpyxl makes a Cell object a value, binds and checks it through descriptors and writes it
element by element: on a million-row Findings sheet that per-cell work is most of the
report's time. Here a row of plain values (text, numbers, local times) and ``Styled`` or
``Linked`` values becomes one ``<row>`` element: each value's cell markup is made once (the
sheet writer keeps it per column and value: labels, files and rules repeat row after row),
style ids are looked up once per named style, and the rows go into the sheet's file as the
markup they are (``RawWriter``), 256 at a time. Any other value sends its row down openpyxl's
own path; links go to reports.fast_links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from reports import fast_links

# markup of text that parses back to exactly this text (a CR too, which a parser would
# otherwise turn into a line feed), as lxml writes text: str.translate does it in one C pass
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# where a cell's markup (``FastRows.cell``) holds its row's number: a NUL, which no cell's
# text can hold (an XML character it is not; such text goes down openpyxl's path, which
# refuses it), and no attribute or number does
ROW = "\x00"
MAX_TEXT = 32_767  # Excel's cell limit; openpyxl cuts longer text there too


@dataclass(frozen=True, slots=True)
class Styled:
    """A value shown in a named style (a severity colour, a time format, wrapped text)."""

    value: Any
    style: str


@dataclass(frozen=True, slots=True)
class Linked:
    """Text that links to ``uri``; ``style`` Normal (openpyxl's default) or a named one."""

    text: str
    uri: str
    style: str = "Normal"


class _Batch(list):  # type: ignore[type-arg]
    """Rows already as markup: openpyxl's row generator passes it through untouched."""


BATCH_ROWS = 256  # rows written in one call


class FastRows:
    """Installs the fast path on one write-only sheet. ``tail`` turns a value into its cell's
    markup after the reference (None: openpyxl's own path must write it); ``add`` queues a
    row of such tails, written ``BATCH_ROWS`` at a time; ``flush`` writes the queue (before
    a row on openpyxl's path, and before the sheet closes)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.style_ids: dict[str, int | None] = {}
        self.letters = [get_column_letter(n) for n in range(1, 65)]
        self.epoch = ws.parent.epoch
        self.batch: _Batch = _Batch()
        self.slow_idx = 0  # the number of the row on openpyxl's path (its own count is off)
        # else openpyxl writes with its own xmlfile, or a writer of its own: leave it all to it
        self.enabled = LXML and type(ws._writer) is RawWriter
        if not self.enabled:
            return
        fast_links.install(ws)
        slow_values, slow_write = ws._values_to_row, ws._writer.write_row
        # a batch counts as one row in openpyxl's generator: rows on its path are numbered here
        ws._values_to_row = lambda row, i: (
            row if type(row) is _Batch else slow_values(row, self.slow_idx))
        ws._writer.write_row = lambda xf, row, i: (
            self._write(xf, row) if type(row) is _Batch else slow_write(xf, row, self.slow_idx))

    def as_cells(self, row_idx: int, values: Sequence[Any]) -> list[Any]:
        """Row ``row_idx`` for openpyxl's own path: Styled and Linked values as its cells."""
        self.flush()
        self.slow_idx = row_idx
        return [self._as_cell(v) for v in values]

    def _as_cell(self, value: Any) -> Any:
        """A Styled or Linked value as openpyxl's own cell, for a row on its path."""
        if type(value) is Styled:
            cell = WriteOnlyCell(self.ws, value=value.value)
            cell.style = value.style
            return cell
        if type(value) is Linked:
            cell = WriteOnlyCell(self.ws, value=value.text)
            cell.hyperlink = value.uri
            if value.style != "Normal":
                cell.style = value.style
            return cell
        return value

    def _style_id(self, name: str) -> int | None:
        """The workbook's id of a named style, found once through a cell as openpyxl would."""
        if name not in self.style_ids:
            cell = WriteOnlyCell(self.ws)
            cell.style = name
            self.style_ids[name] = cell.style_id if cell.has_style else None
        return self.style_ids[name]

    def add(self, row_idx: int, attrs: str, cells: Sequence[str],
            links: Sequence[tuple[int, str]] = ()) -> None:
        """Queue row ``row_idx``: ``attrs`` its extra row attributes as markup (a height),
        ``cells`` its cells' markup from ``cell``, ``links`` (column, link target)."""
        row = str(row_idx)
        for col, uri in links:
            fast_links.add(self.ws, self.letters[col] + row, uri)
        # one C call puts the row's number in every cell's reference
        self.batch.append(f'<row r="{row}"{attrs}>' + "".join(cells).replace(ROW, row)
                          + "</row>")
        if len(self.batch) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.batch:
            batch, self.batch = self.batch, _Batch()
            self.ws.append(batch)

    def _write(self, xf: Any, batch: Sequence[str]) -> None:
        """Queued rows into the sheet's file as they are, after what lxml holds back
        (``RawWriter``)."""
        xf.flush()  # what lxml holds back goes first
        # as lxml writes the sheet (no encoding given): ASCII, the rest as references
        self.ws._writer.raw.write("".join(batch).encode("ascii", "xmlcharrefreplace"))

    def cell(self, col: int, value: Any) -> str | None:
        """The cell's markup in column ``col`` (0-based) with ROW where its row number goes,
        the same for every row (``add`` fills it in), or None as ``tail`` gives it."""
        tail = self.tail(value)
        return None if tail is None else '<c r="' + self.letters[col] + ROW + tail

    def tail(self, value: Any) -> str | None:
        """The cell's markup after its reference (from the reference's closing quote), or
        None when openpyxl's own path must write this value."""
        if not self.enabled or not _plain(value):
            return None
        style = ""
        if type(value) is Styled:
            style, value = self._style(value.style), value.value
        elif type(value) is Linked:
            style, value = self._style(value.style), value.text
        if isinstance(value, str):
            value = value[:MAX_TEXT]
            space = ' xml:space="preserve"' if value != value.strip() else ""
            return (f'"{style} t="inlineStr"><is><t{space}>{_escape(value)}'
                    "</t></is></c>")
        if isinstance(value, datetime):
            value = to_excel(value, self.epoch)
        return f'"{style} t="n"><v>{safe_string(value)}</v></c>'

    def _style(self, name: str) -> str:
        style = self._style_id(name)
        return "" if style is None else f' s="{style}"'


class RawWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer with lxml writing into a file object of ours (``raw``), so
    finished rows can be written into it too. Parsing the rows' markup for lxml to write it
    again took a quarter of a dense report's time (0.6 of 2.6 CPU-s on 26k rows); they are
    written byte for byte as lxml would write them (tests/reports/test_fast_rows.py)."""

    raw: Any = None

    def get_stream(self) -> Any:
        """openpyxl's ``get_stream``, the file opened here."""
        with (open(self.out, "wb") as self.raw, xmlfile(self.raw) as xf,
              xf.element("worksheet", xmlns=SHEET_MAIN_NS)):
            try:
                while True:
                    el = yield
                    if el is True:
                        yield xf
                    elif el is not None:
                        xf.write(el)
            except GeneratorExit:
                pass


def install_writer(ws: Any) -> None:
    """Give a write-only sheet a RawWriter before its first row (what its own first
    ``append`` would do with openpyxl's writer): its layout must be set by then."""
    if LXML and ws._writer is None:
        ws._writer = RawWriter(ws)
        ws._writer.write_top()


def row_attrs(dims: dict[str, str]) -> str:
    """A row dimension's attributes (openpyxl's RowDimension as a dict) as markup."""
    return "".join(f' {k}="{v.translate(fast_links.ATTR_ESCAPES)}"' for k, v in dims.items())


def _escape(text: str) -> str:
    """Text as markup that parses back to exactly this text (a CR too, which a parser would
    otherwise turn into a line feed)."""
    return text.translate(ESCAPES)


def _plain(value: Any) -> bool:
    """Whether the fast path writes this value exactly as openpyxl would: text that is no
    formula, error code or illegal character (openpyxl's path types or refuses those),
    numbers, and local times in a named style."""
    if value is None:
        return True
    if type(value) is Styled:
        value = value.value
        if type(value) is datetime:
            return value.tzinfo is None
    elif type(value) is Linked:
        value = value.text
    if type(value) in (int, float):
        return True
    return type(value) is str and value != "" and value not in ERROR_CODES \
        and not (len(value) > 1 and value.startswith("=")) \
        and next(ILLEGAL_CHARACTERS_RE.finditer(value[:MAX_TEXT]), None) is None
