"""The column a value of a script's row literals stands in: named by a list of quoted names.

Code that holds records writes them as tuples or lists and names their fields once, in a
list of quoted names before or after them: ``pd.DataFrame(rows, columns=['naam', 'bsn',
'geboortedatum'])``, ``fieldnames = [...]``, ``namedtuple('Medewerker', ['naam', ...])``,
``cols = ('id', 'bsn')``, or a comment that lists them (``# (id, naam, bsn)``). A row literal ``(1001, 'Jansen', '123456782', '1990-02-03')`` with
as many items as such a list names each item by its place, as a dump's column list does
(sql_columns): with two dates in a row, the birth date is the one under its name.
https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.html
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

__all__ = ["literal_column"]

# A bracketed list of two or more quoted field names ('naam', "geboorte_datum"): a header.
_NAME = r"""(?:'[^\W\d][\w .\-]{0,39}'|"[^\W\d][\w .\-]{0,39}")"""
_HEADER = re.compile(rf"[\[(]\s*{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s*[\])]")
# A comment that lists the field names bare, over or under the rows ("# (id, naam, bsn)",
# "-- kolommen: naam, bsn, geboortedatum"): names without spaces, so a sentence is none.
_COMMENT_HEADER = re.compile(r"^[ \t]*(?:#|--|//)[ \t]*(?:[^\W\d][\w ]{0,30}:[ \t]*)?\(?"
                             r"([^\W\d][\w.\-]{0,39}(?:[ \t]*,[ \t]*[^\W\d][\w.\-]{0,39})+)"
                             r"\)?[ \t]*$", re.MULTILINE)
# A row literal: one bracket pair on one line, no bracket inside but a quoted string's.
_ROW = re.compile(r"""[\[(]((?:'[^'\n]*'|"[^"\n]*"|[^'"()\[\]\n])*)[\])]""")
# (a bare item takes its spaces greedily: a lazy run before optional spaces was
# quadratic on a long run of spaces)
_ITEM = re.compile(r"""(?:\s*'[^'\n]*'\s*|\s*"[^"\n]*"\s*|[^,'"]+)(?:,|$)""")
_REACH = 4_000  # characters between a header and the rows it names, and between rows


def literal_column(text: str, start: int) -> str | None:
    """The field name of the row literal's item holding ``start``, or None outside one.

    >>> t = "rows = [(1, 'Jan', '123456782'), (2, 'Piet', '111222333')]\\n"
    >>> t += "df = pd.DataFrame(rows, columns=['id', 'naam', 'bsn'])"
    >>> literal_column(t, t.index("1112")), literal_column(t, t.index("Jan"))
    ('bsn', 'naam')
    >>> literal_column("f(1, '123456782')", 5) is None
    True
    """
    if not _has_header(text):
        return None  # almost every text: no list of quoted names
    starts, ends, names = _items(text)
    k = bisect_right(starts, start) - 1
    if k < 0 or start >= ends[k]:
        return None
    return names[k]


@lru_cache(maxsize=4)  # asked once per candidate: the text's scan once per chunk
def _has_header(text: str) -> bool:
    quoted = "'," in text or '",' in text  # a quoted list's names: the cheap test first
    return (quoted and _HEADER.search(text) is not None
            or _COMMENT_HEADER.search(text) is not None)


@lru_cache(maxsize=4)  # the chunk being analysed
def _items(text: str) -> tuple[list[int], list[int], list[str]]:
    headers = [(m.start(), m.end(), _names(m.group())) for m in _HEADER.finditer(text)]
    headers += [(m.start(), m.end(), [n.strip() for n in m.group(1).split(",")])
                for m in _COMMENT_HEADER.finditer(text)]
    # each row is matched against the headers within reach only (rows x headers was
    # quadratic on a script of many small literals)
    headers.sort()
    starts = [h[0] for h in headers]
    by_end = sorted(headers, key=lambda h: h[1])
    ends = [h[1] for h in by_end]
    header_at = set(starts)
    found: list[tuple[int, int, str]] = []
    for m in _ROW.finditer(text):
        lo, hi = m.start(), m.end()
        near = (by_end[bisect_left(ends, lo - _REACH):bisect_right(ends, lo)]
                + headers[bisect_left(starts, hi):bisect_right(starts, hi + _REACH)])
        if not near or lo in header_at:
            continue  # no header in reach, or the row is a header itself
        items = _split(m.group(1), m.start(1))
        names = _nearest(near, lo, hi, len(items))
        if names is not None:
            found += [(s, e, n) for (s, e), n in zip(items, names, strict=True)]
    found.sort()
    return [s for s, _, _ in found], [e for _, e, _ in found], [n for _, _, n in found]


def _names(header: str) -> list[str]:
    return [q[1:-1] for q in re.findall(r"""'[^']*'|"[^"]*\"""", header)]


def _split(body: str, at: int) -> list[tuple[int, int]]:
    """(start, end) of each comma-separated item of a row literal's body."""
    spans, pos = [], 0
    while pos < len(body):
        m = _ITEM.match(body, pos)
        if m is None or m.end() == pos:
            return []
        spans.append((at + m.start(), at + m.end()))
        pos = m.end()
    return spans


def _nearest(headers: list[tuple[int, int, list[str]]], lo: int, hi: int,
             width: int) -> list[str] | None:
    """The names of the nearest header as wide as the row, within reach before or after."""
    near = [(min(abs(lo - h_end), abs(h_start - hi)), names) for h_start, h_end, names in headers
            if len(names) == width and width >= 2
            and (h_end <= lo <= h_end + _REACH or hi <= h_start <= hi + _REACH)]
    return min(near, key=lambda n: n[0])[1] if near else None
