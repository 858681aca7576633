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
The swapped reading needs a line that checks or corrects (data/dob_notes.toml), and so does
a variant: a date that differs from the birth date in its day, its month or a year or two
(a typo corrected, "staat bij ons als 30-06-1983, moet 03-06-1983 zijn"), or that follows a
system's placeholder date ("01-01-1900, dat moet zijn 26 augustus 1992"); the correction's
words may stand between the two dates, across a line break.
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
        lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        hi = len(text) if hi < 0 else hi
        w = _swapped(d)
        if (w is not None and w in near and unscored[d] <= _AGAIN * labelled[w]
                and _correction().search(text, lo, hi)):
            out.add((s, e))  # day and month swapped, its line checks or corrects
            continue
        # A variant (a typo, a placeholder's real date): in the sentence of the birth date
        # it corrects (a line or two), a correction's phrase between them or on its line
        # ("it says 19-04-1990 but it should be" + a line break + "19-04-1991"), or a word
        # that joins the two on one line ("1900-01-01 in het systeem, maar zij is van ...").
        kin = [(at, b) for at, b in born if b in near and _variant(d, b)
               and _one_sentence(text, min(at, s), max(at, s))]
        if not kin or unscored[d] > _AGAIN * max(labelled[b] for _, b in kin):
            continue
        for at, _ in kin:
            a, b = min(at, s), max(at, s)
            if _correction().search(text, min(lo, max(a, s - _BETWEEN)), max(hi, b)) or (
                    "\n" not in text[a:b] and _joining().search(text, a, b)):
                out.add((s, e))
                break
    return out


_LINES = 2  # line breaks at most between a birth date and its variant
# a line that ends its sentence or field ("Geboortedatum: 12-03-1990 (volgens paspoort)",
# "Date of birth: 1970-01-01": a value last)
_LINE_DONE = regex.compile(r"[.!?:;)\d][ \t]*\n|\n[ \t]*\n")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """From ``a`` to ``b`` runs one sentence: a line or two, each broken mid-sentence ("it
    should be" + a line break + the date), not a field's or a sentence's end.

    >>> _one_sentence("a 1.\\nb", 0, 6), _one_sentence("a should be\\nb", 0, 13)
    (False, True)
    """
    return text.count("\n", a, b) <= _LINES and _LINE_DONE.search(text, a, b) is None


@cache
def _joining() -> re.Pattern[str]:
    return words_pattern(_load("dob_notes.toml")["joining"])


_BETWEEN = 200  # characters back to the corrected date a correction's words are read in
# The dates a system fills in where it holds none ("01-01-1900", "1970-01-01", the Unix epoch):
# a note that corrects one gives the real birth date, whatever its parts.
_PLACEHOLDERS = frozenset({date(1900, 1, 1), date(1970, 1, 1)})


def _variant(bare: date, born: date) -> bool:
    """``bare`` reads as a correction of the birth date ``born``: the same but for the day
    or the month ("30-06-1983" and "03-06-1983"), or for a year or two ("16 May 1984" and
    "16-05-1985"), or ``born`` is a system's placeholder date.

    >>> _variant(date(1983, 6, 3), date(1983, 6, 30)), _variant(date(1985, 5, 16), date(1984, 5, 16))
    (True, True)
    >>> _variant(date(1992, 8, 26), date(1900, 1, 1)), _variant(date(1990, 3, 7), date(1985, 7, 23))
    (True, False)
    """
    if born in _PLACEHOLDERS:
        return bare not in _PLACEHOLDERS
    if bare.year == born.year:
        return (bare.month == born.month) != (bare.day == born.day)
    return (bare.month, bare.day) == (born.month, born.day) and abs(bare.year - born.year) <= 2


def _swapped(born: date) -> date | None:
    """The date with day and month swapped, where that is another date."""
    if born.day > 12 or born.day == born.month:
        return None
    return date(born.year, born.day, born.month)
