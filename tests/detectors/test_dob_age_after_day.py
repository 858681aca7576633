"""DATE_OF_BIRTH (issue #14, stop 69): a day and a month followed by an age ("wordt op 15
december 66 jaar", "turns on May 3 40 years") is a birthday and an age, not a date with a
two-digit year. A two-digit year with no age after it stays a date. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "not_a_date"), [
    ("Onze collega Bert Kuiper wordt op 12 maart 60 jaar, geboren in Zwolle.", "nl",
     "12 maart 60"),
    ("Wim Aalders (geboren in Tiel) wordt 2 okt. 55 jr en gaat dan met pensioen.", "nl",
     "2 okt. 55"),
    ("Our driver Ray Hollis, born in Leeds, turns on May 3 40 years old.", "en", "May 3 40"),
])
def test_an_age_after_a_day_and_month_is_no_year(text: str, lang: str, not_a_date: str) -> None:
    assert not any(not_a_date in d or d in not_a_date for d in found(text, "DATE_OF_BIRTH", lang))


@pytest.mark.parametrize(("text", "date"), [
    ("Naam: Bert Kuiper, geboren 12 maart 60, woont in Zwolle.", "12 maart 60"),
    ("Geb.datum: 2 okt. 55", "2 okt. 55"),
])
def test_a_two_digit_year_stays_a_date(text: str, date: str) -> None:
    assert date in found(text, "DATE_OF_BIRTH", "nl")
