"""Issue #14, DATE_OF_BIRTH: candidates from abroad fill in Dutch forms with the birth date as
they write it at home: a Polish, Turkish or Romanian month name ("4 maja 1988", "1 Ocak 1990",
"3 martie 1992") or the month in Roman numerals ("17.VIII.1998"). Under a birth-date label
it is the birth date; another date written so, with no birth word, stays none."""

from __future__ import annotations

from datetime import date

import pytest

from detectors import detect
from detectors.dates import parse


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("value", "born"), [
    ("4 maja 1988", date(1988, 5, 4)),
    ("12 listopada 1979", date(1979, 11, 12)),
    ("1 Ocak 1990", date(1990, 1, 1)),
    ("23 Agustos 1986", date(1986, 8, 23)),
    ("3 martie 1992", date(1992, 3, 3)),
    ("17.VIII.1998", date(1998, 8, 17)),
    ("3-IV-1985", date(1985, 4, 3)),
    ("30/XII/2001", date(2001, 12, 30)),
])
def test_a_birth_date_written_abroad_under_a_label(value: str, born: date) -> None:
    assert parse(value) == born
    text = f"Sollicitatieformulier\nNaam: Kowalska, Anna\nGeboortedatum: {value}\nWoonplaats: Tilburg\n"
    assert _dobs(text) == [value]


@pytest.mark.parametrize("value", ["1.v.1990", "3.IIII.1990", "1.XIII.1990", "3-iv-1985"])
def test_no_roman_month_but_upper_case_one_to_twelve(value: str) -> None:
    assert parse(value) is None


@pytest.mark.parametrize("text", [
    "Umowa od 1 marca 2024 do 31 grudnia 2024, werkgever Bouwbedrijf Noord.",
    "Sozlesme baslangici 1 Eylul 2024; contract tot 1 Mart 2025.",
    "Regulament versiunea 2.IV.2024, goedgekeurd door de ondernemingsraad.",
])
def test_other_dates_written_abroad_are_no_birth_dates(text: str) -> None:
    assert _dobs(text) == []
