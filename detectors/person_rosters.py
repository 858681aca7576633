"""PERSON: first names in the cells of a roster laid out by days.

A site's weekly roster is a grid: the days of the week on a header line ("ma  di  wo  do
vr  za"), a task or a post opening each line below ("poort", "weegbrug", "shovel"), and in
each day's cell who works it, by first name ("Dimitar", "Ans", "Kees B."). Nothing around
such a word says person but the grid, so the grid decides: under a header of three days or
more, the cells of lines cut by wide gaps whose words are gazetteer first names, where most
of the grid's filled cells are. A line that is no row of cells (a note, a blank line run)
ends the grid; a week's own line ("wk47") does not.

A route's or a vehicle's roster opens its rows with more than one cell ("RIT  WAGEN  MA
DI ..." over "T-201  BX-118-K  Jurre  Jurre ..."): the header's words before its days name
those cells, and only the cells under the days are read. A cell may hold two names
("Ans, Sil", "Ans / Sil"): each is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

from detectors.context import Evidence, scores
from detectors.person_names import first_names, person_words

_GAP = regex.compile(r"[ ]{2,}|\t+")
_MIN_DAYS = 3
_SHARE = 0.5  # of the grid's filled cells that must be first names
_MAX_LINES = 60  # lines of one grid read
# a cell's name: a first name, maybe an initial after it ("Kees B.": person_forms finds those)
_CELL = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+")
_WEEK = regex.compile(r"(?i)[ \t]*(?:wk|week|w)[ .]?\d{1,2}[ \t]*(?:\r?\n|$)")
_EMPTY = frozenset({"-", "–", "—", "x", "/", "vrij", "off", "free", "n.v.t.", "nvt"})
# each name of a cell, split by ",", "/" or "&" ("Ans, Sil", "Ans / Sil", "Joke & Kees"); a
# cell of one name is one match
_NAMES_IN_CELL = regex.compile(r"[^,/&\s][^,/&]*[^,/&\s]|[^,/&\s]")
_LEAD_WORDS = 3  # the other columns' names a header may open with ("RIT  WAGEN")
_SLACK = 2  # characters a day's cell may start left of its header word


def names(text: str) -> Iterator[tuple[int, int, Evidence]]:
    """(start, end, evidence) of each first name alone in a cell under a header of days."""
    if "  " not in text and "\t" not in text:
        return
    days = person_words()["chat_days"]
    ev = Evidence(scores("PERSON").extra["first_alone"], "first name in a roster's cell")
    # (one C scan from line break to line break: most texts have no such line)
    for header in _header().finditer("\n" + text):
        cells: list[tuple[int, int]] = []
        filled = 0
        at = header.end()  # (the next line's start: the match ends a character late)
        # (the first day's column, where the header opens with other columns' names)
        first_day = header.start("days") - header.start() - 1 if header.group("lead") else 0
        for _ in range(_MAX_LINES):
            if at >= len(text):
                break
            nl = text.find("\n", at)
            end = len(text) if nl < 0 else nl
            line = text[at:end]
            if _WEEK.match(line) or (not line.strip() and _WEEK.match(text, end + 1)):
                at = end + 1
                continue  # a week's own line, or the blank line before the next week's
            parts = _cells(line)
            if len(parts) < _MIN_DAYS:
                break
            # (the first cell is the row's task or post; under a header with other columns
            # first, the cells left of the first day's are those columns')
            for start, stop in (parts[1:] if not first_day else
                                [p for p in parts if p[0] >= first_day - _SLACK]):
                word = line[start:stop]
                if word.lower() in _EMPTY:
                    continue
                filled += 1
                for a, b in ((start + m.start(), start + m.end())
                             for m in _NAMES_IN_CELL.finditer(word)):
                    name = line[a:b]
                    if _CELL.fullmatch(name) and name in first_names() and (
                            name.lower() not in days):
                        cells.append((at + a, at + b))
            at = end + 1
        if cells and len(cells) >= _SHARE * filled:
            for start, stop in cells:
                yield start, stop, ev


@cache
def _header() -> re.Pattern[str]:
    """A line of three days or more and nothing else ("ma  di  wo  do  vr  za", "Mon Tue");
    stdlib re, which skips to the pattern's opening line break in C."""
    days = "|".join(sorted(map(re.escape, person_words()["chat_days"]), key=len,
                           reverse=True))
    # (other columns' names may open it, each a word set apart by a gap: "RIT  WAGEN")
    return re.compile(rf"\n[ \t]*(?P<lead>(?:(?![ \t]*(?i:{days})\.?[ \t])[^\W\d_]+"
                      rf"(?:[ ]{{2,}}|\t+)){{0,{_LEAD_WORDS}}})"
                      rf"(?P<days>(?i:(?:{days})\.?[ \t]+){{{_MIN_DAYS - 1},}}"
                      rf"(?i:{days})\.?)[ \t]*(?=\r?\n|$)")


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line cut by gaps of two spaces or more or tabs."""
    spans, at = [], 0
    for gap in _GAP.finditer(line):
        if line[at : gap.start()].strip():
            spans.append((at + len(line[at : gap.start()]) - len(line[at : gap.start()].lstrip()),
                          gap.start()))
        at = gap.end()
    rest = line[at:].rstrip()
    if rest.strip():
        spans.append((at + len(rest) - len(rest.lstrip()), at + len(rest)))
    return spans
