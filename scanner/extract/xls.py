"""Legacy Excel .xls (BIFF2-8, in OLE2 or bare) with xlrd: every sheet, hidden ones too.

Locations and header labels mirror xlsx.py: ``Sheet!B4``, and a cell below the first row is
prefixed with that column's first-row text. https://xlrd.readthedocs.io/en/latest/api.html
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any

from scanner.extract.errors import CorruptDocument, EncryptedDocument
from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    """Cell text per sheet. Raises EncryptedDocument or CorruptDocument."""
    import xlrd

    try:
        # ragged rows: a stray cell at IV65536 must not turn every row into 256 blank cells
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=_Discard(),
                                  ragged_rows=True, ignore_workbook_corruption=True)
    except xlrd.XLRDError as e:
        if "encrypted" in str(e).lower():
            raise EncryptedDocument("password-protected workbook") from e
        raise CorruptDocument("unreadable workbook") from e
    # xlrd's own sanity checks are assertions; LookupError covers unknown code pages too
    except (xlrd.compdoc.CompDocError, struct.error, LookupError, ValueError, AssertionError,
            EOFError) as e:
        raise CorruptDocument("unreadable workbook") from e
    try:
        for index in range(book.nsheets):
            yield from _sheet(book, index)
            book.unload_sheet(index)  # one sheet in memory at a time
    finally:
        book.release_resources()


def _sheet(book: Any, index: int) -> Iterator[TextChunk]:
    from xlrd import XLRDError
    from xlrd.formula import cellname

    try:
        sheet = book.sheet_by_index(index)
    except (XLRDError, struct.error, LookupError, ValueError, AssertionError) as e:
        raise CorruptDocument("unreadable worksheet") from e
    headers: dict[int, str] = {}
    for r in range(sheet.nrows):
        for c, cell in enumerate(sheet.row(r)):
            text = _text(cell, book.datemode)
            if not text:
                continue
            where = f"{sheet.name}!{cellname(r, c)}"
            if r == 0:
                headers[c] = text
                yield TextChunk(text, where, None)
                continue
            header = headers.get(c, "")
            yield TextChunk(f"{header}: {text}" if header else text, where, None)


def _text(cell: Any, datemode: int) -> str:
    """A cell as it reads: 111222333 not 111222333.0, dates as ISO; errors and blanks empty.

    >>> from xlrd.sheet import Cell
    >>> [_text(Cell(t, v), 0) for t, v in ((2, 111222333.0), (2, 2.5), (3, 30000.0), (5, 7))]
    ['111222333', '2.5', '1982-02-18', '']
    """
    from xlrd import XL_CELL_BOOLEAN, XL_CELL_DATE, XL_CELL_NUMBER, XL_CELL_TEXT
    from xlrd.xldate import XLDateError, xldate_as_datetime

    if cell.ctype == XL_CELL_TEXT:
        return str(cell.value)
    if cell.ctype == XL_CELL_NUMBER:
        value = float(cell.value)
        return str(int(value)) if value.is_integer() else repr(value)
    if cell.ctype == XL_CELL_DATE:
        try:
            moment: datetime = xldate_as_datetime(cell.value, datemode)
        except (XLDateError, ValueError, OverflowError):
            return repr(cell.value)
        return moment.date().isoformat() if moment.time() == time.min else moment.isoformat(" ")
    if cell.ctype == XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    return ""


class _Discard:
    """xlrd writes its warnings to stdout by default; only the CLI prints (STYLE.md §7)."""

    def write(self, _text: str) -> int:
        return 0
