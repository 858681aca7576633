"""DATE_OF_BIRTH: a date written in a Dutch or English form, labelled or used as birth date.

https://en.wikipedia.org/wiki/Date_format_by_country (NL: dd-mm-jjjj, '12 maart 1990')
"""

from __future__ import annotations

from datetime import date

import regex
from presidio_analyzer import Pattern

from detectors.base import ContextRecognizer

ENTITY = "DATE_OF_BIRTH"
MONTHS = {
    **dict.fromkeys(["januari", "jan", "january"], 1),
    **dict.fromkeys(["februari", "feb", "february"], 2),
    **dict.fromkeys(["maart", "mrt", "mar", "march"], 3),
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["mei", "may"], 5),
    **dict.fromkeys(["juni", "jun", "june"], 6),
    **dict.fromkeys(["juli", "jul", "july"], 7),
    **dict.fromkeys(["augustus", "aug", "august"], 8),
    **dict.fromkeys(["september", "sep", "sept"], 9),
    **dict.fromkeys(["oktober", "okt", "october", "oct"], 10),
    **dict.fromkeys(["november", "nov"], 11),
    **dict.fromkeys(["december", "dec"], 12),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = regex.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAY_MONTH = regex.compile(
    rf"^(\d{{1,2}})(?:e|st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})$", regex.IGNORECASE
)
_MONTH_DAY = regex.compile(
    rf"^({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", regex.IGNORECASE
)


def parse(value: str) -> date | None:
    """The date written in ``value`` (Dutch day-first, ISO, or with a month name), else None.

    >>> parse("31-12-1990"), parse("3 mrt. 1985"), parse("March 5, 1990")
    (datetime.date(1990, 12, 31), datetime.date(1985, 3, 3), datetime.date(1990, 3, 5))
    """
    v = value.strip()
    if m := _ISO.match(v):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(v):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := _DAY_MONTH.match(v):
        d, mo, y = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    elif m := _MONTH_DAY.match(v):
        mo, d, y = MONTHS[m[1].lower()], int(m[2]), int(m[3])
    else:
        return None
    try:
        return date(y, mo, d) if 1900 <= y <= 2099 else None
    except ValueError:
        return None


def normalize(value: str) -> str | None:
    """YYYY-MM-DD, or None when ``value`` is not a date.

    >>> normalize("1-2-1990")
    '1990-02-01'
    """
    d = parse(value)
    return d.isoformat() if d else None


class DateOfBirthRecognizer(ContextRecognizer):
    """Dates: reported only when labelled or near a birth-date word (most dates are not)."""

    ENTITY = ENTITY
    FLAGS = regex.MULTILINE | regex.IGNORECASE
    CONTEXT_GATED = True  # base 0.1: a date alone is never reported
    PATTERNS = (
        Pattern("date_numeric", r"(?<![\w\-/.])\d{1,2}([-/.])\d{1,2}\1\d{4}(?![\w\-/]|\.\d)", 0.1),
        Pattern("date_iso", r"(?<![\w\-])\d{4}-\d{2}-\d{2}(?![\w\-])", 0.1),
        Pattern(
            "date_day_month",
            rf"(?<!\w)\d{{1,2}}(?:e|st|nd|rd|th)?\s+(?:{_MONTH})\.?,?"
            r"\s+\d{4}(?!\w)",
            0.1,
        ),
        Pattern(
            "date_month_day",
            rf"(?<!\w)(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
            r"\s+\d{4}(?!\w)",
            0.1,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return parse(pattern_text) is not None
