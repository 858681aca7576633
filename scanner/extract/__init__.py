"""Extraction stage: bytes of one SourceItem to located text chunks and child items.

Each format is one module with ``extract(item, data, limits) -> Iterator[Extracted]``.
Archive members and e-mail attachments come back as ``SourceItem``s (the pipeline scans them
as files of their own); a member that cannot be opened comes back as a ``FileError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from typing import BinaryIO

from scanner.extract import delimited
from scanner.extract.errors import ExtractionError, UnsupportedFormat
from scanner.extract.limits import Limits
from scanner.extract.sniff import ZIP_TAIL, sniff
from scanner.extract.table import table_chunks
from scanner.models import FileError, SourceItem, TextChunk

Extracted = TextChunk | SourceItem | FileError

__all__ = ["Extracted", "ExtractionError", "Limits", "extract", "extract_stream", "sniff"]


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[Extracted]:
    """Dispatch on the sniffed format. Raises ``ExtractionError`` subclasses."""
    fmt = sniff(data, item.name)
    if fmt is None:
        raise UnsupportedFormat("unrecognised file type")
    module = import_module(f"scanner.extract.{fmt}")
    yield from module.extract(item, data, limits)


def extract_stream(item: SourceItem, fh: BinaryIO, limits: Limits) -> Iterator[Extracted] | None:
    """The chunks of a file read as a stream (a delimited table of any size), or None when
    its format is read from memory. ``fh`` is a seekable binary file."""
    head = fh.read(delimited.SAMPLE)
    fh.seek(-min(ZIP_TAIL, len(head)), 2)
    if b"PK\x05\x06" in fh.read() or sniff(head, item.name) != "text":
        return None  # a zip's directory at the end makes it a zip whatever its start
    dialect = delimited.sniff_table(head, item.name, complete=False)
    # (read by row as well: an export's notes column states a condition of its row's person)
    return table_chunks(delimited.rows(fh, dialect), special_by_row=True) if dialect else None
