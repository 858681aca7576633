"""DOCX: body (text boxes included), headers, footers, footnotes, endnotes, comments, core
properties and OCR of the images in word/media; tables are read as tables (cells labelled by their column header, see
table.py). Parts are read as XML so Strict OOXML and text boxes, which python-docx does not
expose, are covered too; the core properties are read as python-docx reads them.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

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
# python-docx's names of the core properties' elements (docx.oxml.coreprops)
DC, CP = "{http://purl.org/dc/elements/1.1/}", (
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}")
CORE_TAGS = {"author": f"{DC}creator", "title": f"{DC}title", "subject": f"{DC}subject",
             "keywords": f"{CP}keywords", "last_modified_by": f"{CP}lastModifiedBy",
             "comments": f"{DC}description"}
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
CORE_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    z = open_package(data, limits)
    from scanner.extract.office_crypto import raise_if_encrypted_zip

    raise_if_encrypted_zip(z)
    for name in sorted(z.namelist()):
        for pattern, location in PARTS:
            if pattern.match(name):
                yield from _part(parse_part(z, name), location)
    yield from _core(z, data)
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


def _core(z: zipfile.ZipFile, data: bytes) -> Iterator[TextChunk]:
    props = _core_read(z)
    if props is None:
        props = _core_docx(data)
    for key in CORE:
        value = props.get(key)
        if isinstance(value, str) and value.strip():
            yield TextChunk(value, f"metadata:{key}", None)


def _core_docx(data: bytes) -> dict[str, object]:
    """The core properties by python-docx, which opens (and parses) every part of the
    package for them: 5 of a letter's 8 ms of extraction."""
    try:
        import docx

        props = docx.Document(BytesIO(data)).core_properties
    except Exception:  # noqa: BLE001 - Strict OOXML: python-docx cannot open it, body is read
        return {}
    return {key: getattr(props, key, None) for key in CORE}


def _core_read(z: zipfile.ZipFile) -> dict[str, object] | None:
    """The core properties read from their part as python-docx reads them, for a package as
    Word writes it (one Word main document, one core properties part); None for any other
    (python-docx decides: it fails on some, and invents properties where the part is
    missing)."""
    try:
        rels = ElementTree.fromstring(z.read("_rels/.rels"))
        main, core = _related(rels, REL_TYPES), _related(rels, CORE_TYPE)
        if main is None or core is None or _content_type(z, main) != WORD_MAIN:
            return None
        root = ElementTree.fromstring(z.read(core[1:]))
    except Exception:  # noqa: BLE001 - anything unusual: python-docx's own reading
        return None
    return {key: "" if (el := root.find(tag)) is None else el.text or ""
            for key, tag in CORE_TAGS.items()}


def _related(rels: Element, kind: str) -> str | None:
    """The part name of the package's one internal relationship of ``kind``."""
    found = [r for r in rels.iter(f"{RELS}Relationship") if r.get("Type") == kind]
    if len(found) != 1 or found[0].get("TargetMode") == "External" or not found[0].get(
            "Target"):
        return None
    return posixpath.normpath(posixpath.join("/", str(found[0].get("Target"))))


def _content_type(z: zipfile.ZipFile, part: str) -> str | None:
    types = ElementTree.fromstring(z.read("[Content_Types].xml"))
    for el in types.iter(f"{TYPES}Override"):
        if str(el.get("PartName", "")).lower() == part.lower():
            found: str | None = el.get("ContentType")
            return found
    ext = part.rsplit(".", 1)[-1].lower()
    for el in types.iter(f"{TYPES}Default"):
        if str(el.get("Extension", "")).lower() == ext:
            default: str | None = el.get("ContentType")
            return default
    return None
