"""DATE_OF_BIRTH restated: a date that is a birth date the same text gives elsewhere.

A note that checks or corrects a birth date writes it again, without a label, in another form
or the other order ("de geboortedatum op ons formulier (1990-05-06) klopt niet; in het BRP
staat 05-06-1990", "DOB in payroll = 02-10-1988 ... answer: 2 October 1988"): day and month
swapped is the confusion of day-first and month-first notation that such notes are about.
https://en.wikipedia.org/wiki/Date_format_by_country
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


def restated(text: str, scored: list[tuple[int, int, float]],
             parse: Callable[[str], date | None], reported: float, base: float
             ) -> set[tuple[int, int]]:
    """The (start, end) of each date scored ``base`` (nothing decided it) that is, or with day
    and month swapped reads as, a date scored ``reported`` or more in ``text``.

    >>> from datetime import date as d
    >>> p = {"1990-05-06": d(1990, 5, 6), "05-06-1990": d(1990, 6, 5), "x": None}.get
    >>> sorted(restated("1990-05-06 05-06-1990", [(0, 10, 0.7), (11, 21, 0.1)], p, 0.7, 0.1))
    [(11, 21)]
    """
    born = {b for s, e, score in scored if score >= reported and (b := parse(text[s:e]))}
    if not born:
        return set()
    known = born | {w for b in born if (w := _swapped(b)) is not None}
    return {(s, e) for s, e, score in scored if score == base and parse(text[s:e]) in known}


def _swapped(born: date) -> date | None:
    """The date with day and month swapped, where that is another date."""
    if born.day > 12 or born.day == born.month:
        return None
    return date(born.year, born.day, born.month)
