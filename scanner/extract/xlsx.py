"""XLSX/XLSM with openpyxl in read-only mode: every sheet (hidden ones too), cell references;
OCR of the images in xl/media.

A sheet is read as a table (table.py, as a CSV export is): its header row found and judged,
then a column at a time, each cell labelled by its header, so a bare number under a 'BSN'
column keeps its context and one under 'Ordernummer' does not borrow a neighbour's. Cells
keep their own references ('Blad1!B4'). Every row and column that exists is read, whatever
the sheet's <dimension> claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from io import BytesIO
from typing import Any
from xml.etree.ElementTree import ParseError

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.embedded import package_images
from scanner.extract.errors import unreadable
from scanner.extract.limits import Limits
from scanner.extract.ooxml import open_package
from scanner.extract.table import table_chunks
from scanner.extract.xlsx_rows import XMLSyntaxError, open_workbook, sheet_rows
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    open_package(data, limits).close()  # the zip bounds, before openpyxl inflates a part
    try:
        wb = open_workbook(BytesIO(data))
    except Exception as e:  # openpyxl raises many types for broken files
        raise unreadable(e, "unreadable workbook") from e
    try:
        for ws in wb.worksheets:
            yield from _sheet(ws)
    except (ParseError, XMLSyntaxError, *ZIP_ERRORS) as e:  # read-only mode parses a sheet while iterating it
        raise unreadable(e, "unreadable worksheet") from e
    finally:
        wb.close()
    yield from package_images(open_package(data, limits), ["xl/media/"], limits)


def _sheet(ws: Any) -> Iterator[TextChunk]:
    from openpyxl.utils import get_column_letter

    title = ws.title

    def cell_ref(row: int, col: int) -> str:
        return f"{title}!{get_column_letter(col + 1)}{row}"  # openpyxl caches the letters

    rows = ([_text(v) for v in row] for row in _values(ws))
    # (read by row as well: a sheet's notes column states a condition of its row's person)
    yield from table_chunks(rows, f"{title}!", cell_ref=cell_ref, special_by_row=True)


def _values(ws: Any) -> Iterator[Any]:
    """The sheet's rows of values (xlsx_rows, else openpyxl's own reader)."""
    fast = sheet_rows(ws)
    if fast is not None:
        return fast
    if hasattr(ws, "reset_dimensions"):
        # read-only mode stops at the sheet's <dimension>; a doctored one would hide every
        # row and column past it
        ws.reset_dimensions()
    return iter(ws.iter_rows(values_only=True))


def _text(value: object) -> str | None:
    """A cell as text; a date without a time of day as a date (a birth date is typed as a
    date, and '1990-02-03 00:00:00' reads as a timestamp).

    >>> _text(datetime(1990, 2, 3)), _text(123456782), _text(None)
    ('1990-02-03', '123456782', None)
    """
    if value is None:
        return None
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    return str(value)
