"""The column a value of a markup table stands in: an HTML table or an Excel 2003 XML
(SpreadsheetML) worksheet pasted or saved as text, named by its first row's cell.

``<tr><th>BSN</th>...</tr><tr><td>123456782</td>...</tr>`` and ``<Row><Cell><Data>BSN</Data>
</Cell>...</Row>`` name a value by its place in its row, as a delimited export does; the
first row of each table is its header when its cells are names.
https://learn.microsoft.com/en-us/previous-versions/office/developer/office-xp/aa140066(v=office.10)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

__all__ = ["markup_column", "table_end"]

_TABLE = re.compile(r"<(?:Table|table)\b[^>]*>(.*?)</(?:Table|table)\s*>", re.DOTALL)
_ROW = re.compile(r"<(Row|tr)\b[^>]*>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_CELL = re.compile(r"<(Cell|td|th)\b([^>]*)>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_INDEX = re.compile(r"\bss:Index=\"(\d+)\"")
_TAG = re.compile(r"<[^>]*>")
_MAX_TABLE = 2_000_000  # characters of one table read
_MAX_NAME = 60


def markup_column(text: str, start: int) -> str | None:
    """The header cell over the markup table cell holding ``start``, or None.

    >>> t = "<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Jan</td><td>123456782</td></tr></table>"
    >>> markup_column(t, t.index("1234")), markup_column(t, t.index("Jan"))
    ('BSN', 'Naam')
    """
    if not _has_rows(text):
        return None  # almost every text
    starts, ends, names, _ = _cells(text)
    k = bisect_right(starts, start) - 1
    if k < 0 or start >= ends[k]:
        return None
    return names[k]


def table_end(text: str, at: int) -> int:
    """The end of the table whose header row holds ``at``, or -1: a region around a
    column's name reaches its rows."""
    if not _has_rows(text):
        return -1
    return max((end for lo, hi, end in _cells(text)[3] if lo <= at < hi), default=-1)


@lru_cache(maxsize=4)  # asked once per candidate: the text's scan once per chunk
def _has_rows(text: str) -> bool:
    return "<Row" in text or "<tr" in text or "<TR" in text


_Cells = tuple[list[int], list[int], list[str], list[tuple[int, int, int]]]


@lru_cache(maxsize=4)  # the chunk being analysed: each recognizer asks for its values
def _cells(text: str) -> _Cells:
    starts: list[int] = []
    ends: list[int] = []
    names: list[str] = []
    heads: list[tuple[int, int, int]] = []
    for table in _TABLE.finditer(text):
        if table.end() - table.start() > _MAX_TABLE:
            continue
        found = list(_ROW.finditer(text, table.start(1), table.end(1)))
        rows = [_row_cells(row) for row in found]
        if len(rows) < 2:
            continue
        header = {k: _TAG.sub("", text[s:e]).strip() for k, (s, e) in rows[0].items()}
        if not header or not all(_is_name(h) for h in header.values()):
            continue
        heads.append((found[0].start(), found[0].end(), table.end()))
        for row in rows[1:]:
            for k, (s, e) in row.items():
                if header.get(k):
                    starts.append(s)
                    ends.append(e)
                    names.append(header[k])
    return starts, ends, names, heads


def _row_cells(row: re.Match[str]) -> dict[int, tuple[int, int]]:
    """Column index -> (start, end) of each cell's content; SpreadsheetML skips empty
    cells and numbers the next one ('ss:Index', from 1)."""
    out, k = {}, 0
    for cell in _CELL.finditer(row.string, row.start(2), row.end(2)):
        index = _INDEX.search(cell.group(2))
        k = int(index.group(1)) - 1 if index else k
        out[k] = cell.span(3)
        k += 1
    return out


def _is_name(cell: str) -> bool:
    return 0 < len(cell) <= _MAX_NAME and any(ch.isalpha() for ch in cell) and not any(
        ch.isdigit() for ch in cell[:1])
