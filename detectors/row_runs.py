"""The lines of a chunk as a table, and the runs of rows in it, each walked once.

columns.py reads a value's column header by walking up the run of rows as wide as its
own row, and a header's column by walking down it, as far as the run goes: an export of
thousands of rows is one table, and a walk per row would be quadratic. Here the chunk is
split into lines once, and each walk is derived from the walk of the line next to it, so
a run costs one step per row. The answers are the plain
walks' own (tests/detectors/test_row_runs.py compares the two).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

TEXT, BLANK, RULED, LONG = 0, 1, 2, 3
Walk = tuple[int | None, int | None]  # (the line that ends a run above, its topmost header)


class Lines(NamedTuple):
    """A chunk split at newlines, with what every walk over it asks of each line."""

    lines: list[str]
    starts: list[int]  # where each line starts
    kinds: list[int]  # TEXT, BLANK, RULED or LONG (a line too long to be a row)
    prev: list[int]  # the nearest TEXT line above each line (-1: none)
    pair: list[int]  # the upper of the nearest two blank lines in a row above (-1: none)
    blank: list[int]  # the nearest BLANK line above each line (-1: none)
    long: list[int]  # the nearest LONG line above each line (-1: none)
    memo: dict[Hashable, Any]  # the walks found so far in this chunk

    def index(self, lo: int) -> int | None:
        """The line that starts at ``lo``, or None when none does."""
        k = bisect.bisect_left(self.starts, lo)
        return k if k < len(self.starts) and self.starts[k] == lo else None


@lru_cache(maxsize=4)  # the chunk being analysed (as base._gate_hits)
def lines_of(text: str, max_line: int, rule: re.Pattern[str]) -> Lines:
    """The line table of ``text``. A line ``max_line`` long or longer is LONG: no row of a
    table is, and a walk ends there (columns._line_at cuts such a line short)."""
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    kinds = [LONG if len(line) >= max_line else BLANK if not line.strip()
             else RULED if rule.match(line) else TEXT for line in lines]
    prev, pair, blank, long = ([-1] * len(lines) for _ in range(4))
    for q in range(1, len(lines)):
        above = kinds[q - 1]
        prev[q] = q - 1 if above == TEXT else prev[q - 1]
        both = q >= 2 and above == kinds[q - 2] == BLANK
        pair[q] = q - 2 if both else pair[q - 1]
        blank[q] = q - 1 if above == BLANK else blank[q - 1]
        long[q] = q - 1 if above == LONG else long[q - 1]
    return Lines(lines, starts, kinds, prev, pair, blank, long, {})


def lowest_line(t: Lines, q: int, max_lines: int, max_chars: int) -> int:
    """The lowest line a walk up from line ``q`` reads: within ``max_lines`` lines and
    ``max_chars`` characters, not past two blank lines in a row nor a LONG line."""
    by_chars = bisect.bisect_right(t.starts, t.starts[q] - max_chars) - 1
    return max(0, q - max_lines, by_chars, t.pair[q], t.long[q] + 1)


def run_above(t: Lines, key: Hashable, k: int, same: Callable[[str], bool],
              header: Callable[[str], bool], bounds: tuple[int, int]) -> Walk:
    """(the first TEXT line above line ``k`` that is not ``same``, the topmost ``header``
    line below it) within ``bounds`` (max lines, max characters) of ``k``: from the walk
    of the TEXT line above, which is ``k``'s walk less one line. The run also ends at two
    blank lines in a row, a LONG line, and above a ``header`` line under a blank line (a
    second table as wide as the first). ``key`` names ``same`` and ``header`` in the
    chunk's memo."""
    chain, q = [], k
    while (found := t.memo.get((key, q))) is None:
        p = t.prev[q]
        if p < lowest_line(t, q, *bounds):
            found = (None, None)  # no line of text within the walk's bounds
        elif not same(t.lines[p]):
            found = (p, None)
        elif t.blank[q] > p and header(t.lines[q]):
            found = (None, None)  # a header under a blank line opens a table of its own
        else:
            chain.append(q)
            q = p
            continue
        t.memo[key, q] = found
        break
    for q in reversed(chain):
        found = t.memo[key, q] = _one_line_more(t, q, found, header, lowest_line(t, q, *bounds))
    return found


def _one_line_more(t: Lines, q: int, above: Walk, header: Callable[[str], bool],
                   low: int) -> Walk:
    """The walk from line ``q`` given the walk ``above`` from the TEXT line right above it
    (``same`` as ``q``): the same end when it is within ``q``'s bounds (``low``), and the
    topmost header between that end (or the bounds) and that line."""
    end, top = above
    p = t.prev[q]
    if end is not None and end >= low:
        return end, top if top is not None else p if header(t.lines[p]) else None
    if top is None:
        return None, p if header(t.lines[p]) else None
    if top >= low:
        return None, top
    # the header above fell out of q's bounds: the topmost one left within them
    return None, next((j for j in range(low, p + 1)
                       if t.kinds[j] == TEXT and header(t.lines[j])), None)


def run_below(t: Lines, key: Hashable, k: int, breaks: Callable[[int], bool]) -> int:
    """The last line of the run from line ``k`` down: the line before the first one that
    ``breaks`` it (a line index), or the last line. Every line of a run has the same
    answer, kept in the chunk's memo under ``key``."""
    j, seen = k, []
    while (stop := t.memo.get((key, j))) is None:
        seen.append(j)
        if j + 1 >= len(t.lines) or breaks(j + 1):
            stop = j
            break
        j += 1
    for i in seen:
        t.memo[key, i] = stop
    return stop
