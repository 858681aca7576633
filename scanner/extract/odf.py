"""OpenDocument (ODT, ODS, ODP): paragraphs and headings of content.xml, styles.xml
(headers and footers), the metadata and OCR of the images in Pictures/; tables are read as
tables (cells labelled by their column header, see table.py). Encrypted packages are reported
as encrypted."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.embedded import package_images
from scanner.extract.errors import CorruptDocument
from scanner.extract.limits import Limits
from scanner.extract.office_crypto import raise_if_encrypted_zip
from scanner.extract.ooxml import detach_tables, local, open_package, parse_part
from scanner.extract.table import table_chunks
from scanner.models import SourceItem, TextChunk

PARTS = (("content.xml", "body"), ("styles.xml", "header"), ("meta.xml", "metadata"))
BLOCKS = {"p", "h", "creator", "initial-creator", "title", "subject", "keyword"}
ROW_GROUPS = {"table-header-rows", "table-rows", "table-row-group"}
REPEAT_CAP = 1_000  # a sheet's last row is often "repeated" a million times, empty


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    z = open_package(data, limits)
    raise_if_encrypted_zip(z)
    sheet = _is_spreadsheet(z)
    for name, location in PARTS:
        if name in z.namelist():
            root = parse_part(z, name)
            tables = detach_tables(root, "table")
            text = "\n".join(_blocks(root))
            if text.strip():
                yield TextChunk(text, location, None)
            for k, table in enumerate(tables, 1):
                yield from _table(table, k, sheet)
    yield from package_images(z, ["Pictures/"], limits)


def _is_spreadsheet(z: zipfile.ZipFile) -> bool:
    try:
        return b"spreadsheet" in z.read("mimetype")[:100]
    except (KeyError, *ZIP_ERRORS) as e:
        raise CorruptDocument("unreadable part mimetype") from e


def _blocks(root: Element) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter() if local(el.tag) in BLOCKS]


def _table(table: Element, k: int, sheet: bool) -> Iterator[TextChunk]:
    """A sheet of a spreadsheet reads as an export (column blocks), a table in a text
    or a slide as a document table (row blocks)."""
    name = next((v for a, v in table.attrib.items() if local(a) == "name"), "")
    where = f"{name or f'table {k}'}, " if sheet else f"table {k}, "
    header = True if any(local(el.tag) == "table-header-rows" for el in table) else None
    yield from table_chunks(_rows(table), where, header=header, by_row=not sheet,
                            special_by_row=sheet)


def _rows(parent: Element) -> Iterator[list[str]]:
    """The table's own rows (not those of a table nested in a cell), repeats expanded."""
    for el in parent:
        if local(el.tag) in ROW_GROUPS:
            yield from _rows(el)
        elif local(el.tag) == "table-row":
            cells = _cells(el)
            for _ in range(_repeat(el, "rows")):
                yield cells


def _cells(row: Element) -> list[str]:
    out: list[str] = []
    for cell in row:
        if local(cell.tag) in ("table-cell", "covered-table-cell"):
            text = " ".join("".join(p.itertext()) for p in cell.iter() if local(p.tag) in ("p", "h"))
            out.extend([text] * _repeat(cell, "columns"))
    while out and not out[-1].strip():
        out.pop()  # a row "repeats" its last empty cell to the sheet's edge
    return out


def _repeat(el: Element, what: str) -> int:
    raw = next((v for a, v in el.attrib.items() if local(a) == f"number-{what}-repeated"), "1")
    return min(int(raw), REPEAT_CAP) if raw.isdigit() and int(raw) > 0 else 1
