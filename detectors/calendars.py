"""Dates of other calendars written on Dutch paperwork, as Gregorian dates: the Solar Hijri
(Persian) calendar of Iranian and Afghan documents ("1371/06/21", a shenasnameh or tazkira).

https://en.wikipedia.org/wiki/Solar_Hijri_calendar · the arithmetic of jalaali-js
(https://github.com/jalaali/jalaali-js, MIT), its 33-year cycle of leap years.
"""

from __future__ import annotations

from datetime import date, timedelta

# 1 Farvardin 1300 SH was 21 March 1921; from there to 1472 the 33-year rule gives the leap
# years the astronomical calendar has (years of a worker's birth: 1300-1420)
_EPOCH_YEAR, _EPOCH = 1300, date(1921, 3, 21)
_LAST_YEAR = 1420
_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
_MONTH_DAYS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)


def solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one, or None when it is no date.

    >>> solar_hijri(1371, 6, 21), solar_hijri(1369, 1, 1), solar_hijri(1403, 12, 30)
    (datetime.date(1992, 9, 12), datetime.date(1990, 3, 21), datetime.date(2025, 3, 20))
    >>> solar_hijri(1371, 13, 1), solar_hijri(1371, 7, 31), solar_hijri(1371, 12, 30)
    (None, None, None)
    """
    if not (_EPOCH_YEAR <= year <= _LAST_YEAR and 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1] + (
            month == 12 and _is_leap(year))):
        return None
    days = sum(366 if _is_leap(y) else 365 for y in range(_EPOCH_YEAR, year))
    return _EPOCH + timedelta(days=days + sum(_MONTH_DAYS[: month - 1]) + day - 1)


def _is_leap(year: int) -> bool:
    """A Solar Hijri leap year (its Esfand has 30 days), by the 33-year rule."""
    return year % 33 in _LEAP
