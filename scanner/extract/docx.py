"""DOCX: body (tables and text boxes included), headers, footers, footnotes, endnotes,
comments, core properties and OCR of the images in word/media. Parts are read as XML so Strict OOXML and text boxes, which
python-docx does not expose, are covered too; python-docx reads the core properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO

from scanner.extract.embedded import package_images
from scanner.extract.limits import Limits
from scanner.extract.ooxml import open_package, part_paragraphs
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
                paras = part_paragraphs(z, name, "t", "p")
                if paras:
                    yield TextChunk("\n".join(paras), location, None)
    yield from _core(data)
    yield from package_images(z, ["word/media/"], limits)


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
