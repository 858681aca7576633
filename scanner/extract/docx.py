"""DOCX: body (text boxes included), headers, footers, footnotes, endnotes, comments, core
properties and OCR of the images in word/media; tables are read as tables (cells labelled by their column header, see
table.py). Parts are read as XML so Strict OOXML and text boxes, which python-docx does not
expose, are covered too; python-docx reads the core properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from xml.etree.ElementTree import Element

from scanner.extract.embedded import package_images
from scanner.extract.limits import Limits
from scanner.extract.ooxml import detach_tables, local, open_package, paragraphs, parse_part
from scanner.extract.table import table_chunks
from scanner.models import SourceItem, TextChunk

PARTS = [
    (re.compile(r"word/document\d*\.xml$"), "body"),
    (re.compile(r"word/header\d*\.xml$"), "header"),
    (re.compile(r"word/footer\d*\.xml$"), "footer"),
    (re.compile(r"word/footnotes\.xml$"), "footnote"),
    (re.compile(r"word/endnotes\.xml$"), "endnote"),
    (re.compile(r"word/comments\.xml$"), "comment"),
]
CORE = ("author", "title", "subject", "keywords", "last_modified_by", "comments")


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    z = open_package(data, limits)
    from scanner.extract.office_crypto import raise_if_encrypted_zip

    raise_if_encrypted_zip(z)
    for name in sorted(z.namelist()):
        for pattern, location in PARTS:
            if pattern.match(name):
                yield from _part(parse_part(z, name), location)
    yield from _core(data)
    yield from package_images(z, ["word/media/"], limits)


def _part(root: Element, location: str) -> Iterator[TextChunk]:
    """The part's text outside tables, then each table read as a table."""
    tables = detach_tables(root)
    paras = paragraphs(root, "t", "p")
    if paras:
        yield TextChunk("\n".join(paras), location, None)
    for k, table in enumerate(tables, 1):
        where = f"table {k}, " if location == "body" else f"{location}, table {k}, "
        rows = [r for r in table if local(r.tag) == "tr"]
        header = True if rows and _repeats(rows[0]) else None
        yield from table_chunks(map(_cells, rows), where, header=header, by_row=True)


def _cells(row: Element) -> list[str]:
    """A row's cell texts; a cell spanning n grid columns fills n (then empty) places."""
    out: list[str] = []
    for cell in row:
        if local(cell.tag) == "tc":
            out.append(" ".join(paragraphs(cell, "t", "p")))
            out.extend([""] * (_span(cell) - 1))
    return out


def _span(cell: Element) -> int:
    for el in cell.iter():
        if local(el.tag) == "gridSpan":
            value = next((v for k, v in el.attrib.items() if local(k) == "val"), "1")
            return min(int(value), 64) if value.isdigit() and int(value) > 0 else 1
    return 1


def _repeats(row: Element) -> bool:
    """Word's 'repeat as header row' mark: the row is the table's header."""
    return any(local(el.tag) == "tblHeader" for el in row.iter())


def _core(data: bytes) -> Iterator[TextChunk]:
    try:
        import docx

        props = docx.Document(BytesIO(data)).core_properties
    except Exception:  # noqa: BLE001 - Strict OOXML: python-docx cannot open it, body is read
        return
    for key in CORE:
        value = getattr(props, key, None)
        if isinstance(value, str) and value.strip():
            yield TextChunk(value, f"metadata:{key}", None)
