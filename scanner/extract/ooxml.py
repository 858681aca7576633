"""Shared OOXML helpers: open the zip safely and pull text out of XML parts."""

from __future__ import annotations

import zipfile
from io import BytesIO
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from scanner.extract.archive import ZIP_ERRORS, check_count, check_declared, member_limit
from scanner.extract.errors import ArchiveBomb, CorruptDocument, unreadable
from scanner.extract.limits import Limits


def open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The package (DOCX, XLSX, PPTX, ODF) as a zip; raises ArchiveBomb over a bound."""
    try:
        z = zipfile.ZipFile(BytesIO(data))
    except ZIP_ERRORS as e:
        raise CorruptDocument("not a valid Office file") from e
    check_package(z.infolist(), len(data), limits)
    return z


def check_package(infos: list[zipfile.ZipInfo], packed: int, limits: Limits) -> None:
    """An Office file is a zip: the archive bounds hold for its parts (count, total, each
    part's size and ratio), checked on the declared sizes before a part is read. zipfile
    never inflates a part past its declared size (a lie fails the CRC check: corrupt)."""
    check_count(len(infos), limits)
    check_declared(sum(i.file_size for i in infos), packed, limits)
    for info in infos:
        if info.file_size > member_limit(limits, limits.max_total_uncompressed,
                                         info.compress_size):
            raise ArchiveBomb("a part of the Office file expands beyond the size or ratio limit")


def part_paragraphs(z: zipfile.ZipFile, name: str, text_tag: str, para_tag: str) -> list[str]:
    """Text of one XML part, one string per paragraph (any namespace: Strict OOXML too)."""
    return paragraphs(parse_part(z, name), text_tag, para_tag)


def parse_part(z: zipfile.ZipFile, name: str) -> Element:
    try:
        root: Element = ElementTree.fromstring(z.read(name))
    except (KeyError, ElementTree.ParseError, *ZIP_ERRORS) as e:
        raise unreadable(e, f"unreadable part {name}") from e
    return root


def paragraphs(root: Element, text_tag: str, para_tag: str) -> list[str]:
    """One string per paragraph under ``root``."""
    out = []
    for para in root.iter():
        if local(para.tag) == para_tag:
            text = "".join(t.text or "" for t in para.iter() if local(t.tag) == text_tag)
            if text.strip():
                out.append(text)
    return out


def detach_tables(root: Element, table_tag: str = "tbl") -> list[Element]:
    """Remove the outermost tables from the tree and return them in document order (a
    table nested in a cell stays part of that cell)."""
    parents = {id(child): parent for parent in root.iter() for child in parent}
    found: list[Element] = []
    inside: set[int] = set()
    for el in root.iter():  # document order
        if local(el.tag) == table_tag and id(el) not in inside:
            found.append(el)
            inside.update(id(e) for e in el.iter())
    for table in found:
        parents[id(table)].remove(table)
    return found


def local(tag: object) -> str:
    """The tag without its namespace."""
    return str(tag).rsplit("}", 1)[-1]


