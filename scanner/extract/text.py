"""Plain text in any encoding (charset-normalizer)."""

from __future__ import annotations

from collections.abc import Iterator

from charset_normalizer import from_bytes

from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding; BOMs and UTF-8 first.

    >>> decode("Curriculum vitae van José, geboren in Genève, café-eigenaar".encode("cp1252"))
    'Curriculum vitae van José, geboren in Genève, café-eigenaar'
    """
    if not data:
        return ""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
    if best is None:
        return data.decode("cp1252", "replace")
    if best.encoding.startswith(("cp125", "iso8859", "latin", "mac_")):
        # single-byte code pages are hard to tell apart; on a Dutch share cp1252 is the
        # likely one, so it wins whenever it decodes cleanly
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    yield TextChunk(text=decode(data)[: limits.max_text_chars], location="text", page=None)
