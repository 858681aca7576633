"""PPTX: text of every slide, its notes and the slide masters/layouts (footers live there),
and OCR of the images in ppt/media.
Parts are read as XML so grouped shapes and masters are covered without python-pptx."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scanner.extract.embedded import package_images
from scanner.extract.limits import Limits
from scanner.extract.ooxml import open_package, part_paragraphs
from scanner.models import SourceItem, TextChunk

PART = re.compile(r"ppt/(slides|notesSlides|slideMasters|slideLayouts)/\w+?(\d+)\.xml$")
LOCATION = {"slides": "slide {}", "notesSlides": "notes slide {}",
            "slideMasters": "slide master {}", "slideLayouts": "slide layout {}"}


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    z = open_package(data, limits)
    for name in sorted(z.namelist(), key=_order):
        m = PART.match(name)
        if m:
            paras = part_paragraphs(z, name, "t", "p")
            if paras:
                page = int(m.group(2)) if m.group(1) == "slides" else None
                yield TextChunk("\n".join(paras), LOCATION[m.group(1)].format(m.group(2)), page)
    yield from package_images(z, ["ppt/media/"], limits)


def _order(name: str) -> tuple[str, int]:
    m = PART.match(name)
    return (m.group(1), int(m.group(2))) if m else (name, 0)
