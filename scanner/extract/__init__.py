"""Extraction stage: bytes of one SourceItem to located text chunks and child items.

Each format is one module with ``extract(item, data, limits) -> Iterator[Extracted]``.
Archive members and e-mail attachments come back as ``SourceItem``s (the pipeline scans them
as files of their own); a member that cannot be opened comes back as a ``FileError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from scanner.extract.errors import ExtractionError, UnsupportedFormat
from scanner.extract.limits import Limits
from scanner.extract.sniff import sniff
from scanner.models import FileError, SourceItem, TextChunk

Extracted = TextChunk | SourceItem | FileError

__all__ = ["Extracted", "ExtractionError", "Limits", "extract", "sniff"]


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[Extracted]:
    """Dispatch on the sniffed format. Raises ``ExtractionError`` subclasses."""
    fmt = sniff(data, item.name)
    if fmt is None:
        raise UnsupportedFormat("unrecognised file type")
    module = import_module(f"scanner.extract.{fmt}")
    yield from module.extract(item, data, limits)
