"""Plain text in any encoding (charset-normalizer)."""

from __future__ import annotations

from collections.abc import Iterator

from charset_normalizer import from_bytes

from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding; BOMs and UTF-8 first.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    if not data:
        return ""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    yield TextChunk(text=decode(data)[: limits.max_text_chars], location="text", page=None)
