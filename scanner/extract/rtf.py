"""RTF with striprtf; lone surrogates from bad \\u escapes are replaced, not passed on."""

from __future__ import annotations

from collections.abc import Iterator

from striprtf.striprtf import rtf_to_text

from scanner.extract.limits import Limits, kept_text
from scanner.extract.text import decode
from scanner.models import SourceItem, TextChunk


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    text = rtf_to_text(decode(data), errors="replace")
    clean = text.encode("utf-8", "replace").decode("utf-8")
    yield TextChunk(kept_text(clean, limits), "body", None)
