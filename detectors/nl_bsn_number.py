"""The BSN as a number: compact form, the 11-check, masking, and 8-digit runs that are dates.

https://www.rvig.nl/bsn  ·  https://arthurdejong.org/python-stdnum/doc/stdnum.nl.bsn
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from operator import mul

from stdnum.nl import bsn as _bsn

from detectors.mask import mask as _mask

_SEPARATORS = str.maketrans("", "", " -.")  # what stdnum's compact() removes



def unboxed(number: str) -> str:
    """A number typed in a form's boxes with its bars and brackets as spaces, or wrapped at
    a line's end with its line break as one (stdnum's compact() keeps them).

    >>> unboxed("1|2|3|4|5|6|7|8|2"), unboxed("1][2][3][4][5][6][7][8][2"), unboxed("1234\\n56782")
    ('1 2 3 4 5 6 7 8 2', '1 2 3 4 5 6 7 8 2', '1234 56782')
    """
    if "|" in number or "[" in number or "\n" in number:
        return number.replace("|", " ").replace("][", " ").replace("\n", " ")
    return number


@lru_cache(maxsize=4096)
def compact(number: str) -> str:
    """Digits only, left-padded to 9 (the 8-digit form drops a leading zero).

    >>> compact("1234.56.782")
    '123456782'
    >>> compact("11222333")
    '011222333'
    """
    if number.isascii() and "`" not in number:  # stdnum's clean() changes nothing else here
        return number.translate(_SEPARATORS).strip().zfill(9)
    return _bsn.compact(number)


def validate(number: str) -> str:
    """The compact number; raises stdnum's InvalidLength / InvalidChecksum / InvalidFormat.

    >>> validate("123 456 782")
    '123456782'
    """
    return _bsn.validate(number)


@lru_cache(maxsize=4096)
def is_valid(number: str) -> bool:
    """True when ``number`` is a BSN that passes the 11-check.

    Cached: a value is validated once however often it is seen (recognizer, normalizer).

    >>> is_valid("111222333"), is_valid("111222334")
    (True, False)
    """
    if number.isascii():  # the int check is stdnum's own there, both ways (_fails_11check)
        return not _fails_11check(number)
    return not _fails_11check(number) and bool(_bsn.is_valid(number))


def _fails_11check(number: str) -> bool:
    """True when an ASCII candidate fails the 11-check in plain int arithmetic: stdnum would
    reject it too (same compact form, same check), and accepts what it passes (on ASCII its
    clean() only changes '`', which fails here). Non-ASCII is left to stdnum.

    >>> _fails_11check("1234.56.782"), _fails_11check("123456789"), _fails_11check("12345678")
    (False, True, True)
    """
    if not number.isascii():
        return False
    s = number.translate(_SEPARATORS).strip().zfill(9)
    if len(s) != 9 or not s.isdigit() or int(s) <= 0:
        return True
    return (sum(map(mul, _WEIGHTS, map(int, s[:8]))) - int(s[8])) % 11 != 0


_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)  # the 11-check's weights of the first eight digits


def mask(number: str) -> str:
    """The masked compact number.

    >>> mask("1234.56.782")
    '******782'
    """
    return _mask(compact(number))


def is_date_like(number: str) -> bool:
    """True for an 8-digit run that reads as YYYYMMDD or DDMMYYYY (a date, not a BSN).

    >>> is_date_like("19900312"), is_date_like("12031990"), is_date_like("11222333")
    (True, True, False)
    """
    digits = "".join(filter(str.isdigit, number))
    if len(digits) != 8:
        return False
    forms = ((digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]))
    return any(_is_date(*f) for f in forms)


def _is_date(y: str, m: str, d: str) -> bool:
    try:
        return 1900 <= date(int(y), int(m), int(d)).year <= 2099
    except ValueError:
        return False
