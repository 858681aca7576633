"""NL_BSN in a fixed-width file without a header: a column of 11-check numbers.

A payroll or benefits system writes each record as one line of fields set at fixed
offsets, padded and glued together ("0001234Jansen    123456782199003021..."): no label
names the number, and glued to the digits of the field after it no pattern that needs a
number's edges finds it. (A column standing apart is the patterns' and the labels' to read:
tables rendered as text hold 11-check-valid ids in columns of their own.) What names the column is the file itself:
lines of one length, and at one offset in each nine digits that pass the BSN's 11-check, a
different number on each line. Lines of random digits pass by chance at one offset once in
11 per line, and a line offers about its width in offsets: a run is read only when chance
finds a column in it less than once in 1,000 (5 lines of 60 characters; 3 lines found one
in 30 runs of random digits). Two such columns (a personnel number made 11-check-valid too)
name neither.
https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/standaard_functies/prive/contact/rechten_en_plichten_bij_de_belastingdienst/bsn/
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.nl_bsn_number import is_valid

__all__ = ["glued_column_spans"]

_GLUED = re.compile(r"\d{10}")  # nine digits glued to a tenth
_MIN_LINES = 3
_CHANCE = 1_000  # a column found by chance in at most one run in this many
_MIN_WIDTH = 20
_MAX_LINES = 50_000


@lru_cache(maxsize=4)  # the chunk being analysed: asked for candidates and for evidence
def glued_column_spans(text: str) -> frozenset[tuple[int, int]]:
    """(start, end) of each 11-check number of the one such column of each fixed-width run
    of lines, where that column is glued to a digit (the patterns find none of them).

    >>> rows = ["0001Jansen    123456782199003021", "0002de Vries  111222333198812301",
    ...         "0003Bakker    232262536197501150", "0004Yilmaz    945807302200001010",
    ...         "0005Kok       229262193196607300"]
    >>> t = "\\n".join(rows)
    >>> sorted(t[s:e] for s, e in glued_column_spans(t))
    ['111222333', '123456782', '229262193', '232262536', '945807302']
    >>> glued_column_spans("\\n".join(rows[:3])) == frozenset()  # 3 lines: chance's as likely
    True
    >>> glued_column_spans("Naam: Jan") == frozenset()
    True
    """
    if _GLUED.search(text) is None:
        return frozenset()  # most texts: no digits glued to nine others
    return frozenset(s for run in _runs(text) for s, glued in _column_spans(text, run)
                     if glued)


def _runs(text: str) -> list[list[int]]:
    """The starts of each run of consecutive lines of one length, holding glued digits."""
    runs: list[list[int]] = []
    width, run, pos = -1, [], 0
    for line in text.split("\n", _MAX_LINES):
        fits = len(line) >= _MIN_WIDTH and _GLUED.search(line) is not None
        if fits and len(line) == width:
            run.append(pos)
        else:
            if len(run) >= _MIN_LINES:
                runs.append(run)
            run, width = ([pos], len(line)) if fits else ([], -1)
        pos += len(line) + 1
    if len(run) >= _MIN_LINES:
        runs.append(run)
    return runs


def _column_spans(text: str, run: list[int]) -> list[tuple[tuple[int, int], bool]]:
    """The spans, and whether each is glued to a digit, at the one offset where every line
    of the run holds a different valid number; none when two offsets do."""
    width = text.find("\n", run[0])
    width = (len(text) if width < 0 else width) - run[0]
    if 11 ** len(run) < _CHANCE * width:
        return []  # too few lines: random digits would hold such a column too often
    found: list[int] = []
    offset = 0
    while offset <= width - 9:
        first = text[run[0] + offset: run[0] + offset + 9]
        if not (first.isdigit() and is_valid(first)):
            offset += 1  # most offsets: the first line rules them out
            continue
        cells = [text[at + offset: at + offset + 9] for at in run]
        if len(set(cells)) == len(cells) and all(c.isdigit() and is_valid(c) for c in cells):
            found.append(offset)
            offset += 9
        else:
            offset += 1
    if len(found) != 1:
        return []  # no column, or two that cannot be told apart
    return [((at + found[0], at + found[0] + 9), _glued(text, at + found[0], at + width))
            for at in run]


def _glued(text: str, start: int, line_end: int) -> bool:
    before = start > 0 and text[start - 1].isdigit()
    after = start + 9 < line_end and text[start + 9].isdigit()
    return before or after
