"""XLSX/XLSM with openpyxl in read-only mode: every sheet (hidden ones too), cell references;
OCR of the images in xl/media.

Each cell's text is prefixed with its column header (first row) so that a bare number under a
'BSN' column keeps its context for the detectors. Every row and column that exists is read,
whatever the sheet's <dimension> claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from xml.etree.ElementTree import ParseError

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.embedded import package_images
from scanner.extract.errors import CorruptDocument
from scanner.extract.limits import Limits
from scanner.extract.ooxml import open_package
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    import openpyxl

    open_package(data, limits).close()  # the zip bounds, before openpyxl inflates a part
    try:
        wb = openpyxl.load_workbook(BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many types for broken files
        raise CorruptDocument("unreadable workbook") from e
    try:
        for ws in wb.worksheets:
            if hasattr(ws, "reset_dimensions"):
                # read-only mode stops at the sheet's <dimension>; a doctored one would hide
                # every row and column past it
                ws.reset_dimensions()
            yield from _sheet(ws)
    except (ParseError, *ZIP_ERRORS) as e:  # read-only mode parses a sheet while iterating it
        raise CorruptDocument("unreadable worksheet") from e
    finally:
        wb.close()
    yield from package_images(open_package(data, limits), ["xl/media/"], limits)


def _sheet(ws: object) -> Iterator[TextChunk]:
    headers: dict[int, str] = {}
    for r, row in enumerate(ws.iter_rows(), 1):  # type: ignore[attr-defined]
        for cell in row:
            value = getattr(cell, "value", None)
            if value is None or not hasattr(cell, "coordinate"):
                continue
            text = str(value)
            if r == 1:
                headers[cell.column] = text
                yield TextChunk(text, f"{ws.title}!{cell.coordinate}", None)  # type: ignore[attr-defined]
                continue
            header = headers.get(cell.column, "")
            labelled = f"{header}: {text}" if header else text
            yield TextChunk(labelled, f"{ws.title}!{cell.coordinate}", None)  # type: ignore[attr-defined]
