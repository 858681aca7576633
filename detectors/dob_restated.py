"""DATE_OF_BIRTH restated: a date that is a birth date the same text gives elsewhere.

A note that checks or corrects a birth date writes it again, without a label, in another form
or the other order ("de geboortedatum op ons formulier (1990-05-06) klopt niet; in het BRP
staat 05-06-1990", "DOB in payroll = 02-10-1988 ... answer: 2 October 1988"): day and month
swapped is the confusion of day-first and month-first notation that such notes are about.
https://en.wikipedia.org/wiki/Date_format_by_country

Only a labelled birth date, or one its birth word scores on the same line, is restated (a
birth word's window also reaches a roster's next rows, its other dates), only near it (its
paragraph or the next: a note under a record), only as a birth year's date, and not a date
the text writes bare more than twice as often as labelled (a roster's shared start date).
The swapped reading needs a line that checks or corrects (data/dob_notes.toml).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache

import regex

from detectors.context import _load, words_pattern

_PARAGRAPH = regex.compile(r"\n[ \t]*\n")
_AGAIN = 2  # a note restates a birth date a time or two (BRP, passport); a roster's date, often


@cache
def _correction() -> re.Pattern[str]:
    return words_pattern(_load("dob_notes.toml")["correction"])


def restated(text: str, scored: list[tuple[int, int, float]],
             parse: Callable[[str], date | None], reported: float, base: float,
             born_by: int = 9999, worded: tuple[float, re.Pattern[str]] | None = None
             ) -> set[tuple[int, int]]:
    """The (start, end) of each date scored ``base`` (nothing decided it) that is, or with day
    and month swapped reads as, a date scored ``reported`` or more near it in ``text`` (or
    ``worded[0]`` with a birth word, ``worded[1]``, before it on its own line: not a roster's
    row below a header).

    >>> from datetime import date as d
    >>> p = {"1990-05-06": d(1990, 5, 6), "05-06-1990": d(1990, 6, 5), "x": None}.get
    >>> sorted(restated("1990-05-06 05-06-1990 fout", [(0, 10, 0.9), (11, 21, 0.1)], p, 0.9, 0.1))
    [(11, 21)]
    >>> sorted(restated("1990-05-06 05-06-1990", [(0, 10, 0.9), (11, 21, 0.1)], p, 0.9, 0.1))
    []
    """
    born = [(s, b) for s, e, score in scored
            if (score >= reported or (worded and score >= worded[0] and worded[1].search(
                text, text.rfind("\n", 0, s) + 1, s))) and (b := parse(text[s:e]))]
    if not born:
        return set()
    bare = [(s, e, d) for s, e, score in scored
            if score == base and (d := parse(text[s:e])) is not None and d.year <= born_by]
    if not bare:
        return set()
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    labelled = Counter(b for _, b in born)
    unscored = Counter(d for _, _, d in bare)
    out = set()
    for s, e, d in bare:
        para = bisect.bisect(breaks, s)
        near = {b for at, b in born if 0 <= para - bisect.bisect(breaks, at) <= 1}
        if d in near and unscored[d] <= _AGAIN * labelled[d]:
            out.add((s, e))
            continue
        w = _swapped(d)
        if w is None or w not in near or unscored[d] > _AGAIN * labelled[w]:
            continue
        lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        if _correction().search(text, lo, len(text) if hi < 0 else hi):
            out.add((s, e))
    return out


def _swapped(born: date) -> date | None:
    """The date with day and month swapped, where that is another date."""
    if born.day > 12 or born.day == born.month:
        return None
    return date(born.year, born.day, born.month)
