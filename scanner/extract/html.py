"""HTML to text (BeautifulSoup with lxml: scripts and styles dropped); tables are read as
tables (cells labelled by their column header, see table.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scanner.extract.limits import Limits, kept_text
from scanner.extract.table import table_chunks
from scanner.extract.text import decode
from scanner.models import SourceItem, TextChunk


def html_to_text(html: str) -> str:
    """
    >>> html_to_text("<p>BSN <b>1</b></p><script>x()</script>")
    'BSN 1'
    """
    return _text(_soup(html))


def _soup(html: str) -> Any:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup


def _text(soup: Any) -> str:
    return str(soup.get_text(" ", strip=True).replace(" \n", "\n"))


def extract(item: SourceItem, data: bytes, limits: Limits) -> Iterator[TextChunk]:
    soup = _soup(decode(data))
    tables = [t for t in soup.find_all("table") if t.find_parent("table") is None]
    for table in tables:
        table.extract()  # out of the body text: read as a table below
    yield TextChunk(kept_text(_text(soup), limits), "body", None)
    for k, table in enumerate(tables, 1):
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        header = True if rows and _is_header(rows[0]) else None
        yield from table_chunks(map(_cells, rows), f"table {k}, ", header=header, by_row=True)


def _is_header(row: Any) -> bool:
    """A row of <th> cells, or one inside <thead>."""
    cells = row.find_all(["td", "th"], recursive=False)
    return row.find_parent("thead") is not None or (
        bool(cells) and all(c.name == "th" for c in cells))


def _cells(row: Any) -> list[str]:
    out: list[str] = []
    for cell in row.find_all(["td", "th"], recursive=False):
        out.append(cell.get_text(" ", strip=True))
        span = str(cell.get("colspan", "1"))
        out.extend([""] * (min(int(span), 64) - 1 if span.isdigit() and int(span) > 0 else 0))
    return out
