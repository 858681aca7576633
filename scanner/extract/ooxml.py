"""Shared OOXML helpers: open the zip safely and pull text out of XML parts."""

from __future__ import annotations

import zipfile
from io import BytesIO

from defusedxml import ElementTree

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.errors import ArchiveBomb, CorruptDocument
from scanner.extract.limits import Limits


def open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    try:
        z = zipfile.ZipFile(BytesIO(data))
    except ZIP_ERRORS as e:
        raise CorruptDocument("not a valid Office file") from e
    if sum(i.file_size for i in z.infolist()) > limits.max_total_uncompressed:
        raise ArchiveBomb("Office package expands beyond the size limit")
    return z


def part_paragraphs(z: zipfile.ZipFile, name: str, text_tag: str, para_tag: str) -> list[str]:
    """Text of one XML part, one string per paragraph (any namespace: Strict OOXML too)."""
    try:
        root = ElementTree.fromstring(z.read(name))
    except (KeyError, ElementTree.ParseError, *ZIP_ERRORS) as e:
        raise CorruptDocument(f"unreadable part {name}") from e
    out = []
    for para in root.iter():
        if _local(para.tag) == para_tag:
            text = "".join(t.text or "" for t in para.iter() if _local(t.tag) == text_tag)
            if text.strip():
                out.append(text)
    return out


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]
