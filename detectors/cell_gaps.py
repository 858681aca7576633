"""The cells of a stretch of one line set apart by gaps (two spaces or more, a tab), read
from the text's gaps, found once a text.

A date in a row set with gaps is read by its cell's number under its block's header
(dob_layout.under_header): splitting the row, the text before the date and the header for
each date read a long row once per date, quadratic on an export whose rows one line holds
(a file with no line breaks, tabs between all its cells). Here the gaps of the text are
found once and a stretch's cells are counted and cut by bisection; the answers are
``len(GAP.split(text[a:b].strip()))`` and its items (tests/detectors/test_line_reads.py
compares the two).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

import regex

GAP = regex.compile(r"[ ]{2,}|\t")
_NON_SPACE = re.compile(r"\S")  # str.strip()'s whitespace: re's \s is str.isspace()


class _Gaps(NamedTuple):
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=4)  # the chunk being analysed (as row_runs.lines_of)
def _gaps(text: str) -> _Gaps:
    found = [m.span() for m in GAP.finditer(text)]
    return _Gaps([s for s, _ in found], [e for _, e in found])


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """The bounds of ``text[a:b].strip()`` (``a == b`` when it is empty)."""
    m = _NON_SPACE.search(text, a, b)
    if m is None:
        return b, b
    while text[b - 1].isspace():
        b -= 1
    return m.start(), b


def cells(text: str, a: int, b: int) -> tuple[int, int, int, int]:
    """(count, a', b', first gap) of ``GAP.split(text[a:b].strip())``: its length, the bounds
    of the stripped stretch and the index of the text's first gap inside it."""
    lo, hi = _stripped(text, a, b)
    g = _gaps(text)
    first = bisect.bisect_left(g.starts, lo)
    last = bisect.bisect_right(g.ends, hi)
    return 1 + max(0, last - first), lo, hi, first


def count(text: str, a: int, b: int) -> int:
    """``len(GAP.split(text[a:b].strip()))``, for a stretch of one line.

    >>> count("Naam  BSN\\tGeb.datum  ", 0, 21), count("   ", 0, 3), count("Jan Smit", 0, 8)
    (3, 1, 1)
    """
    return cells(text, a, b)[0]


def cell(text: str, a: int, b: int, k: int) -> str:
    """``GAP.split(text[a:b].strip())[k]`` for ``0 <= k < count(text, a, b)``.

    >>> [cell(" Naam  BSN\\tGeb. datum ", 0, 22, k) for k in range(3)]
    ['Naam', 'BSN', 'Geb. datum']
    """
    n, lo, hi, first = cells(text, a, b)
    g = _gaps(text)
    return text[lo if k == 0 else g.ends[first + k - 1] : hi if k == n - 1 else g.starts[first + k]]


def is_blank(text: str, a: int, b: int) -> bool:
    """``not text[a:b].strip()``, read only up to the stretch's first letter or sign."""
    return _NON_SPACE.search(text, a, b) is None


def has_gap(text: str, a: int, b: int) -> bool:
    """``GAP.search(text, a, b) is not None`` (a gap in the stretch, cut at ``b``)."""
    g = _gaps(text)
    i = bisect.bisect_left(g.starts, a)
    if i and g.ends[i - 1] > a and min(g.ends[i - 1], b) - a >= 2:
        return True  # a run of spaces that opens before the stretch: its part in it
    if i == len(g.starts) or g.starts[i] >= b:
        return False
    return text[g.starts[i]] == "\t" or min(g.ends[i], b) - g.starts[i] >= 2
