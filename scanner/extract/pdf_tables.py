"""Tables in a PDF's text layer, found by pdfplumber's table finder on ruled pages only.

pdfplumber parses a page ~60x slower than pdfium reads its text, so it only sees pages
whose drawing has the ruling lines its finder needs (both horizontal and vertical edges,
from pdfium's page objects); a page without them costs nothing extra.
https://github.com/jsvine/pdfplumber#extracting-tables
"""

from __future__ import annotations

import ctypes
import time
from dataclasses import dataclass
from io import BytesIO
from typing import Any

import pypdfium2 as pdfium

THIN = 2.0  # points: a path this thin is a ruling line
GRID_SEGMENTS = 12  # a boxed path with this many segments is a whole grid in one path
MAX_PATHS = 1_000  # more paths than this is a drawing or a map: pdfplumber takes seconds
BUDGET = 0.2  # share of the per-file timeout that table finding may take


@dataclass(frozen=True)
class PdfTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom (from the page's top)
    rows: list[list[str | None]]


def may_have_table(page: pdfium.PdfPage) -> bool:
    """Both horizontal and vertical ruling on the page (lines, cell boxes or a grid).

    Raw pdfium calls: wrapping each page object in Python would cost as much as reading
    the page's text."""
    raw = pdfium.raw
    get, kind, path = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_PATH
    handle = page.raw
    paths = [obj for obj in (get(handle, i) for i in range(raw.FPDFPage_CountObjects(handle)))
             if kind(obj) == path]
    if len(paths) > MAX_PATHS:
        return False
    across = down = 0
    for obj in paths:
        w, h, segments = _path_shape(obj)
        if w > THIN and h > THIN:  # a box: four edges, or a whole grid drawn as one path
            n = 2 if segments >= GRID_SEGMENTS else 1
            across, down = across + n, down + n
        elif w > THIN * 3:
            across += 1
        elif h > THIN * 3:
            down += 1
        if across >= 2 and down >= 2:
            return True
    return False


def _path_shape(obj: Any) -> tuple[float, float, int]:
    box = [ctypes.c_float() for _ in range(4)]
    pdfium.raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box))
    left, bottom, right, top = (v.value for v in box)
    return right - left, top - bottom, pdfium.raw.FPDFPath_CountSegments(obj)


class TableFinder:
    """pdfplumber's view of the same PDF, opened on the first page that needs it. It stops
    looking after ``budget`` seconds: the remaining pages are read as text, tables included
    (a long report of ruled pages must not turn into a timeout)."""

    def __init__(self, data: bytes, budget: float) -> None:
        self.data, self.left = data, budget
        self.doc: Any = None

    def tables(self, n: int) -> list[PdfTable]:
        """The tables of page ``n`` (0-based); none when pdfplumber cannot read it (the
        page's text then comes from pdfium, tables included, as before)."""
        if self.left <= 0:
            return []
        started = time.monotonic()
        try:
            page = self._open().pages[n]
            if page.rotation:
                return []  # its coordinates do not map onto pdfium's as below
            return [PdfTable(t.bbox, t.extract()) for t in page.find_tables()]
        except Exception:  # noqa: BLE001 - pdfminer raises many types; pdfium has the text
            return []
        finally:
            self.left -= time.monotonic() - started

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()

    def _open(self) -> Any:
        if self.doc is None:
            import pdfplumber

            self.doc = pdfplumber.open(BytesIO(self.data))
        return self.doc


def text_outside(textpage: pdfium.PdfTextPage, height: float, width: float,
                 boxes: list[tuple[float, float, float, float]]) -> str:
    """The page's text outside the table boxes: bands above, between and below them, and
    beside each one (pdfplumber's boxes measure from the top, pdfium's from the bottom)."""
    parts: list[str] = []
    y = 0.0
    for x0, top, x1, bottom in sorted(boxes, key=lambda b: b[1]):
        if top > y:
            parts.append(textpage.get_text_bounded(0, height - top, width, height - y))
        parts.append(textpage.get_text_bounded(0, height - bottom, x0, height - top))
        parts.append(textpage.get_text_bounded(x1, height - bottom, width, height - top))
        y = max(y, bottom)
    parts.append(textpage.get_text_bounded(0, 0, width, height - y))
    return "\n".join(p for p in parts if p.strip())
