"""A worksheet's rows of values, read as openpyxl's read-only mode reads them, 4-5x faster.

openpyxl (read-only, values only) parses a sheet with defusedxml's pure-Python parser and
makes a dict per cell: 19 us a cell, 0.30 of the 0.49 CPU-s an export of 3,000 rows x 6
columns took to extract, more than detecting in it took. Here lxml parses the same XML
(in C, entities never expanded, nothing fetched) and each row's cells are read in one loop,
with openpyxl's own rules for each cell (its `WorkSheetParser.parse_cell` with
``data_only``, its `ReadOnlyWorksheet._cells_by_row` and `_get_row`): the same values in
the same places. The workbook (shared strings, date styles, epoch) is still loaded by
openpyxl. A sheet with a DOCTYPE (no Office program writes one) is left to openpyxl.
tests/extract/test_xlsx_rows.py holds both readers to the same rows.

``open_workbook`` opens the workbook as openpyxl's ``load_workbook`` does in read-only
mode, but without sizing each sheet first: openpyxl looks for a sheet's <dimension> with
ElementTree, and a sheet written without one (a streaming exporter, openpyxl's write-only
mode) was parsed to its end for nothing, as long as reading its rows (0.1 CPU-s an export
of 3,000 rows). Neither reader here uses the size: it reads every row the XML holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from lxml import etree
from openpyxl.cell.text import Text
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils.cell import column_index_from_string, coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

ROW = f"{{{SHEET_MAIN_NS}}}row"
VALUE = f"{{{SHEET_MAIN_NS}}}v"
INLINE = f"{{{SHEET_MAIN_NS}}}is"
TEXT = f"{{{SHEET_MAIN_NS}}}t"
PLAIN_REF = re.compile(r"([A-Z]{1,3})[0-9]+")  # 'B12'; any other reference: openpyxl's parse
HEAD = 4096  # a DOCTYPE comes before the root element, within the part's first bytes
XMLSyntaxError = etree.XMLSyntaxError

Row = tuple[Any, ...] | list[Any]


def open_workbook(data: Any) -> Any:
    """``openpyxl.load_workbook(data, read_only=True, data_only=True)``, its sheets unsized
    (what ``reset_dimensions`` leaves); raises what it raises."""
    reader = _Reader(data, read_only=True, data_only=True)
    reader.read()
    return reader.wb


class _Reader(ExcelReader):  # type: ignore[misc]
    def read_worksheets(self) -> None:
        """openpyxl's ``read_worksheets`` in read-only mode (openpyxl 3.1), with _Unsized."""
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:  # unused, but read: a broken one fails alike
                get_dependents(self.archive, rels_path)
            ws = _Unsized(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


class _Unsized(ReadOnlyWorksheet):  # type: ignore[misc]
    def _get_size(self) -> None:
        """No <dimension> looked for, except in a sheet left to openpyxl (a DOCTYPE)."""
        if _has_doctype(self):
            super()._get_size()


def _has_doctype(ws: Any) -> bool:
    """Whether the sheet's first HEAD bytes hold a DOCTYPE; read once, kept on the sheet."""
    known = getattr(ws, "_privacyscan_doctype", None)
    if known is None:
        with ws._get_source() as src:
            known = b"<!DOCTYPE" in src.read(HEAD)
        ws._privacyscan_doctype = known
    return bool(known)


def sheet_rows(ws: Any) -> Iterator[Row] | None:
    """``ws.iter_rows(values_only=True)`` after ``ws.reset_dimensions()`` (every row and
    column the XML holds, whatever its <dimension> claims); None when this reader does not
    take the sheet (not a read-only worksheet, a DOCTYPE): read it with openpyxl."""
    wb: Any = getattr(ws, "parent", None)
    if not (hasattr(ws, "_get_source") and hasattr(ws, "_shared_strings")
            and hasattr(wb, "_date_formats") and getattr(wb, "data_only", False)):
        return None
    if _has_doctype(ws):
        return None
    return _rows(ws, _Cells(ws._shared_strings, wb._date_formats, wb._timedelta_formats,
                            wb.epoch))


def _rows(ws: Any, cells: _Cells) -> Iterator[Row]:
    """openpyxl's `_cells_by_row` with no bounds: a missing row is [], a row of no cells
    (), a row numbered at or below one already read is dropped."""
    counter, last = 1, 0  # the next row to give; the number of the last row parsed
    with ws._get_source() as src:
        # comments and processing instructions dropped, as ElementTree drops them
        parse = etree.iterparse(src, events=("end",), tag=ROW, resolve_entities=False,
                                no_network=True, load_dtd=False, huge_tree=True,
                                remove_comments=True, remove_pis=True)
        for _, row in parse:
            last = _row_number(row.get("r"), last)
            values = cells.row(row)
            row.clear()
            while row.getprevious() is not None:  # rows read: their elements go too
                del row.getparent()[0]
            while counter < last:
                counter += 1
                yield []
            if counter == last:
                counter += 1
                yield values


def _row_number(r: str | None, last: int) -> int:
    """openpyxl's `parse_row`: 'r', a whole float too ('3.0'), else the row after the last
    one parsed."""
    if r is None:
        return last + 1
    try:
        return int(r)
    except ValueError:
        val = float(r)
        if val.is_integer():
            return int(val)
        raise ValueError(f"{r} is not a valid row number") from None


class _Cells:
    """One row's cells as values (openpyxl's `parse_cell` and `_get_row`)."""

    def __init__(self, strings: list[Any], dates: set[int], timedeltas: set[int],
                 epoch: Any) -> None:
        self.strings, self.dates, self.timedeltas, self.epoch = (
            strings, dates, timedeltas, epoch)

    def row(self, row: Any) -> tuple[Any, ...]:
        placed: list[tuple[int, Any]] = []
        column = 0
        for c in row:
            ref = c.get("r")
            column = _column(ref) if ref else column + 1
            placed.append((column, self.value(c)))
        if not placed:
            return ()
        width = placed[-1][0]  # the last cell's column; a cell placed past it is dropped
        out: list[Any] = [None] * width
        for col, value in placed:
            if 1 <= col <= width:
                out[col - 1] = value
        return tuple(out)

    def value(self, c: Any) -> Any:
        kind, style = c.get("t", "n"), c.get("s")
        style = int(style) if style else 0  # parsed for every cell, as openpyxl does
        if kind == "inlineStr":
            child = c.find(INLINE)
            return None if child is None else _inline(child)
        value = c.findtext(VALUE) or None
        if value is None:
            return None
        if kind == "n":
            return self._number(value, style)
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return from_ISO8601(value)
        return value  # 'str' (a formula's text), 'e' (an error such as #N/A)

    def _number(self, text: str, style: int) -> Any:
        number = float(text) if "." in text or "E" in text or "e" in text else int(text)
        if style not in self.dates:
            return number
        try:
            return from_excel(number, self.epoch, timedelta=style in self.timedeltas)
        except (OverflowError, ValueError):
            return "#VALUE!"  # as openpyxl reads a date serial out of range (it warns)


def _inline(node: Any) -> str:
    """An inline string's text (openpyxl's ``Text.from_tree(node).content``): a lone plain
    <t> read here, anything else (runs, phonetics, attributes) by openpyxl itself."""
    if not node.attrib and len(node) == 1 and node[0].tag == TEXT:
        return str(node[0].text or "")
    return str(Text.from_tree(node).content)


def _column(ref: str) -> int:
    plain = PLAIN_REF.fullmatch(ref)
    return _letters(plain.group(1)) if plain else int(coordinate_to_tuple(ref)[1])


@lru_cache(maxsize=4096)
def _letters(letters: str) -> int:
    return int(column_index_from_string(letters))
