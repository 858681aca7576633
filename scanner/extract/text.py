"""Plain text in any encoding (charset-normalizer); delimited text is read as a table, and so
is a table inside a text (an export pasted into a note or an e-mail, text_tables.py)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from scanner.extract import delimited
from scanner.extract.encoding import decode
from scanner.extract.limits import Limits, kept_text
from scanner.extract.table import table_chunks
from scanner.extract.text_tables import text_chunks
from scanner.models import SourceItem, TextChunk

__all__ = ["decode", "extract"]


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    head = data[: delimited.SAMPLE]
    dialect = delimited.sniff_table(head, item.name, complete=len(head) == len(data))
    if dialect is not None:
        yield from table_chunks(delimited.rows(BytesIO(data), dialect), special_by_row=True)
        return
    yield from text_chunks(kept_text(decode(data), limits), "text")
