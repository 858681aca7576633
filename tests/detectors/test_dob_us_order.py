"""Issue #14, DATE_OF_BIRTH written month first, as US and Philippine paperwork and American
software write it ("04/19/1981", "12-31-1990"): read so where the day-first reading is no
date; a date both orders read stays day first (Dutch and European use)."""

from __future__ import annotations

import pytest

from detectors import detect, normalize


def _dobs(text: str, lang: str = "en") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


# (kind: the month first, the day above 12, after a birth label or word in any layout)
@pytest.mark.parametrize(("text", "lang", "want", "iso"), [
    ("Applicant DOB: 11/23/1984 (per SSA card)", "en", "11/23/1984", "1984-11-23"),
    ("Birthdate (MM/DD/YYYY) ........ 02/29/1996", "en", "02/29/1996", "1996-02-29"),
    ("Geboortedatum volgens Amerikaans paspoort: 07-14-1979", "nl", "07-14-1979",
     "1979-07-14"),
    ("She was born 3/17/88 in Manila, Philippines.", "en", "3/17/88", "1988-03-17"),
    ("name,dob,city\nMaria Santos,12/31/1990,Quezon City", "en", "12/31/1990", "1990-12-31"),
    ("Fecha de nacimiento: 10.21.1993", "nl", "10.21.1993", "1993-10-21"),
    ("D.O.B.  05 / 30 / 1975", "en", "05 / 30 / 1975", "1975-05-30"),
    ("Geb. 1/13/2001 te Houston (TX)", "nl", "1/13/2001", "2001-01-13"),
    ("Date of Birth | 09/16/1969 |", "en", "09/16/1969", "1969-09-16"),
])
def test_a_birth_date_month_first(text: str, lang: str, want: str, iso: str) -> None:
    assert want in _dobs(text, lang)
    assert normalize("DATE_OF_BIRTH", want) == iso


@pytest.mark.parametrize(("value", "iso"), [
    ("02/03/1990", "1990-03-02"),  # both orders are dates: day first
    ("12-11-1985", "1985-11-12"),
    ("13/13/1990", None),  # neither order is a date
    ("31/31/1990", None),
    ("00/15/1990", None),
])
def test_day_first_wins_where_both_read(value: str, iso: str | None) -> None:
    assert normalize("DATE_OF_BIRTH", value) == iso


@pytest.mark.parametrize("text", [
    "Invoice dated 04/19/2023, due 05/19/2023.",
    "Meeting moved to 10/21/1993 per the archive index.",
])
def test_a_month_first_date_without_a_birth_word_stays_apart(text: str) -> None:
    assert _dobs(text) == []
