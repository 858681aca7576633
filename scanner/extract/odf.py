"""OpenDocument (ODT, ODS, ODP): paragraphs and headings of content.xml, styles.xml
(headers and footers), the metadata and OCR of the images in Pictures/; encrypted packages
are reported as encrypted."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator

from defusedxml import ElementTree

from scanner.extract.archive import ZIP_ERRORS
from scanner.extract.embedded import package_images
from scanner.extract.errors import CorruptDocument
from scanner.extract.limits import Limits
from scanner.extract.office_crypto import raise_if_encrypted_zip
from scanner.extract.ooxml import open_package
from scanner.models import SourceItem, TextChunk

PARTS = (("content.xml", "body"), ("styles.xml", "header"), ("meta.xml", "metadata"))
BLOCKS = {"p", "h", "creator", "initial-creator", "title", "subject", "keyword"}


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    z = open_package(data, limits)
    raise_if_encrypted_zip(z)
    for name, location in PARTS:
        if name in z.namelist():
            text = "\n".join(_blocks(z, name))
            if text.strip():
                yield TextChunk(text, location, None)
    yield from package_images(z, ["Pictures/"], limits)


def _blocks(z: zipfile.ZipFile, name: str) -> list[str]:
    try:
        root = ElementTree.fromstring(z.read(name))
    except (ElementTree.ParseError, *ZIP_ERRORS) as e:
        raise CorruptDocument(f"unreadable part {name}") from e
    return ["".join(el.itertext()) for el in root.iter()
            if str(el.tag).rsplit("}", 1)[-1] in BLOCKS]
