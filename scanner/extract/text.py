"""Plain text in any encoding (charset-normalizer); delimited text is read as a table."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from scanner.extract import delimited
from scanner.extract.encoding import decode
from scanner.extract.limits import Limits
from scanner.extract.table import table_chunks
from scanner.models import SourceItem, TextChunk

__all__ = ["decode", "extract"]


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    head = data[: delimited.SAMPLE]
    dialect = delimited.sniff_table(head, item.name, complete=len(head) == len(data))
    if dialect is not None:
        yield from table_chunks(delimited.rows(BytesIO(data), dialect))
        return
    yield TextChunk(text=decode(data)[: limits.max_text_chars], location="text", page=None)
