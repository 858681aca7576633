"""Video files: no text to read; classified as camera footage for the retention rule."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    return iter(())
