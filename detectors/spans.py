"""Span queries by bisection: which spans hold a position or a span, asked once per
candidate of a text that may hold thousands of each (never every pair compared)."""

from __future__ import annotations

import bisect
import itertools
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
