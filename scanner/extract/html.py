"""HTML to text (BeautifulSoup with lxml: scripts and styles dropped)."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.extract.limits import Limits
from scanner.extract.text import decode
from scanner.models import SourceItem, TextChunk


def html_to_text(html: str) -> str:
    """
    >>> html_to_text("<p>BSN <b>1</b></p><script>x()</script>")
    'BSN 1'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text(" ", strip=True).replace(" \n", "\n")


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    yield TextChunk(html_to_text(decode(data))[: limits.max_text_chars], "body", None)
