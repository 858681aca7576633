"""PDF: text per page with pypdfium2 (fast), metadata, OCR of image-only pages, OCR of the
images on pages that have a text layer too (a scanned ID card pasted into a CV), and tables
read as tables by pdfplumber on pages ruled like one (pdf_tables.py).

pdfplumber (pure Python, ~22 pages/s here) reads the same text ~60x slower than pdfium, so bulk
text comes from pypdfium2. https://pypdfium2.readthedocs.io
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium

from scanner.extract.embedded import MIN_SIDE, ImageBudget, ocr_chunk
from scanner.extract.errors import CorruptDocument, EncryptedDocument
from scanner.extract.limits import Limits
from scanner.extract.pdf_tables import BUDGET, TableFinder, may_have_table, text_outside
from scanner.extract.table import table_chunks
from scanner.models import SourceItem, TextChunk

OCR_DPI = 200  # enough for tesseract on printed text; 300 dpi costs twice the time
METADATA = ("Author", "Title", "Subject", "Keywords", "Creator")
# An image XObject's dictionary: streams are never inside object streams (ISO 32000-1 7.5.7)
# and dictionaries are not encrypted, so a PDF without this has no image XObject at all.
IMAGE_XOBJECT = re.compile(rb"/Subtype\s*/Image\b")
ENCRYPT_KEY = re.compile(rb"/Encrypt\b")  # the trailer's encryption dictionary


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    pdf = _open(data)
    finder = TableFinder(data, limits.timeout_s * BUDGET)
    try:
        for key in METADATA:
            value = (pdf.get_metadata_value(key) or "").strip()
            if value:
                yield TextChunk(value, f"metadata:{key.lower()}", None)
        # listing a page's objects costs a text-only PDF ~30% of its extraction time
        # (measured: 590 -> 420 pages/s), so a PDF without an image XObject skips it
        budget = ImageBudget.for_limits(limits) if IMAGE_XOBJECT.search(data) else ImageBudget(0)
        for n in range(len(pdf)):
            yield from _page(pdf, n, limits, budget, finder)
    finally:
        finder.close()
        pdf.close()


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        # pdfium's error text comes from FPDF_GetLastError, which a failed load does not
        # always reset: after an encrypted PDF a corrupt one read "Incorrect password" too.
        # The file's own trailer says whether it is encrypted.
        if ENCRYPT_KEY.search(data):
            raise EncryptedDocument("password-protected PDF") from e
        raise CorruptDocument("unreadable PDF") from e


def _page(pdf: pdfium.PdfDocument, n: int, limits: Limits, budget: ImageBudget,
          finder: TableFinder) -> Iterator[TextChunk]:
    # a damaged page tree or content stream only shows when the page is loaded
    try:
        page = pdf[n]
        textpage = page.get_textpage()
        text = textpage.get_text_bounded()
    except pdfium.PdfiumError as e:
        raise CorruptDocument("unreadable PDF page") from e
    try:
        if text.strip():
            yield from _text_and_tables(page, textpage, text, n + 1, finder)
            yield from _page_images(page, n + 1, budget)
        elif limits.ocr and n < limits.ocr_max_pages and _has_images(page):
            from scanner.extract.image import ocr_image

            image = page.render(scale=_ocr_scale(*page.get_size())).to_pil()
            yield TextChunk(ocr_image(image), f"page {n + 1}", n + 1, ocr=True)
    finally:
        page.close()


def _text_and_tables(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str,
                     page_no: int, finder: TableFinder) -> Iterator[TextChunk]:
    """The page's text, its tables (if ruled like one) read as tables and left out of it."""
    tables = finder.tables(page_no - 1) if may_have_table(page) else []
    if tables:
        width, height = page.get_size()
        text = text_outside(textpage, height, width, [t.bbox for t in tables])
    if text.strip():
        yield TextChunk(text, f"page {page_no}", page_no)
    for k, table in enumerate(tables, 1):
        yield from table_chunks(table.rows, f"page {page_no}, table {k}, ", page_no,
                                by_row=True)


def _page_images(page: pdfium.PdfPage, page_no: int, budget: ImageBudget
                 ) -> Iterator[TextChunk]:
    """OCR of a text page's images at their own resolution, numbered in content order."""
    if budget.left <= 0:
        return
    images = page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])
    for k, obj in enumerate(images, 1):
        try:
            image = _bitmap(obj, budget)
        except pdfium.PdfiumError:
            continue  # an image pdfium cannot decode: the page's text is still read
        chunk = ocr_chunk(image, f"page {page_no}, image {k}", page_no, budget) if image else None
        if chunk:
            yield chunk


def _bitmap(obj: pdfium.PdfImage, budget: ImageBudget) -> Any:
    """The image's own pixels, or None when too small, too big or already read."""
    from scanner.extract.image import MAX_PIXELS

    w, h = obj.get_px_size()
    # the raw stream is the cheap identity: a logo repeated on every page is one stream
    if min(w, h) < MIN_SIDE or w * h > MAX_PIXELS or not budget.admit(bytes(obj.get_data())):
        return None
    return obj.get_bitmap(render=False).to_pil()


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects())


def _ocr_scale(width_pt: float, height_pt: float) -> float:
    """200 dpi, but never a bitmap over MAX_PIXELS: a page can claim to be metres wide.

    >>> round(_ocr_scale(595, 842), 2), _ocr_scale(14_400, 14_400) < 0.5
    (2.78, True)
    """
    from scanner.extract.image import MAX_PIXELS

    area = max(width_pt * height_pt, 1.0)
    return min(OCR_DPI / 72, float((MAX_PIXELS / area) ** 0.5))

