"""Span queries by bisection: which spans hold a position or a span, asked once per
candidate of a text that may hold thousands of each (never every pair compared)."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable


def furthest_end(spans: Iterable[tuple[int, int]]) -> Callable[[int], int | None]:
    """A lookup of the furthest end of the spans (they may overlap) that start at or
    before a position; None when none does.

    >>> reach = furthest_end([(10, 20), (0, 5), (12, 30)])
    >>> reach(4), reach(11), reach(12), reach(-1)
    (5, 20, 30, None)
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    ends = list(itertools.accumulate((b for _, b in ordered), max))

    def reach(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        return ends[i] if i >= 0 else None

    return reach


def within(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies in one of ``spans`` (start <= pos < end).

    >>> inside = within([(10, 20), (0, 5), (12, 30)])
    >>> inside(4), inside(5), inside(29), inside(30)
    (True, False, True, False)
    """
    reach = furthest_end(spans)

    def inside(pos: int) -> bool:
        end = reach(pos)
        return end is not None and end > pos

    return inside


def overlapping(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether one of ``spans`` shares a character with [start, end) (end > start).

    >>> hits = overlapping([(10, 20), (0, 5), (12, 30)])
    >>> hits(4, 6), hits(5, 10), hits(29, 40), hits(30, 40)
    (True, False, True, False)
    """
    reach = furthest_end(spans)

    def hits(start: int, end: int) -> bool:
        furthest = reach(end - 1)  # among the spans that start before the place ends
        return furthest is not None and furthest > start

    return hits


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether one of ``spans`` holds all of [start, end).

    >>> covered = covering([(0, 10), (2, 4), (20, 30)])
    >>> covered(3, 9), covered(12, 14), covered(21, 30), covered(25, 31)
    (True, False, True, False)
    """
    reach = furthest_end(spans)

    def covered(start: int, end: int) -> bool:
        furthest = reach(start)
        return furthest is not None and furthest >= end

    return covered


def line_start_within(text: str, pos: int, reach: int) -> int:
    """Where the line of ``pos`` starts, or ``pos - reach`` when that is later: what reads
    a line back from a position reads at most ``reach`` characters, so each of thousands
    of candidates on one unbroken line never scans back to the text's start (quadratic).

    >>> line_start_within("Naam: Jan\\nPolis: 123", 17, 300), line_start_within("a" * 500, 450, 300)
    (10, 150)
    """
    floor = max(0, pos - reach)
    return max(floor, text.rfind("\n", floor, pos) + 1)


# A line read back from a position: searched this far for its break, then looked up.
_LINE_REACH = 512


def line_start(text: str, pos: int) -> int:
    """Where the line of ``pos`` starts: ``text.rfind("\\n", 0, pos) + 1`` in bounded time.
    A short line is searched back; a longer one is looked up in the text's line breaks
    (found once a text), so thousands of values on one unbroken line never each read it.

    >>> line_start("Naam: Jan\\nPolis: 123", 17), line_start("a" * 900 + "\\nb" + "c" * 900, 1500)
    (10, 901)
    >>> line_start("a" * 2000, 1500), line_start("ab\\n", 0)
    (0, 0)
    """
    floor = pos - _LINE_REACH
    if floor <= 0:
        return text.rfind("\n", 0, pos) + 1
    found = text.rfind("\n", floor, pos)
    if found >= 0:
        return found + 1
    breaks = _breaks(text)
    k = bisect.bisect_left(breaks, pos)  # the breaks before ``pos``
    return breaks[k - 1] + 1 if k else 0


def line_end(text: str, pos: int) -> int:
    """``text.find("\\n", pos)`` in bounded time (-1 when no break follows), as line_start.

    >>> line_end("Naam: Jan\\nPolis: 123", 3), line_end("a" * 2000 + "\\nb", 5), line_end("ab", 0)
    (9, 2000, -1)
    """
    if pos < 0:
        return text.find("\n", pos)
    found = text.find("\n", pos, pos + _LINE_REACH)
    if found >= 0 or pos + _LINE_REACH >= len(text):
        return found
    breaks = _breaks(text)
    k = bisect.bisect_left(breaks, pos)  # the first break at or after ``pos``
    return breaks[k] if k < len(breaks) else -1


@functools.lru_cache(maxsize=4)  # the chunk being analysed (as row_runs.lines_of)
def _breaks(text: str) -> list[int]:
    """Where each line break of ``text`` stands, in order."""
    return [m.start() for m in _BREAK.finditer(text)]


_BREAK = re.compile("\n")
