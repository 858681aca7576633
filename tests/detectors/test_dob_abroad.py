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


# Mend of ids35: a born word or a birthplace's label before another field's date, and a born
# word across a year or a clause's end, make no birth date; the born word's own date still is.
NOT_A_BIRTH_DATE = [
    "Jelölt született Győrben. Belépés: 01-10-2019.",
    "Szül. hely: Győr. Belépés: 2019. október 1.",
    "Narodila se v Praze. Nástup: 1. října 2019",
    "Nacido en Madrid. Alta: 1 de octubre de 2019",
    "geb. Jansen, getrouwd 1990 mei 12",
    "Urodzony w 1985. 2003 maj 12 matura",
    "Născut la Cluj; data angajării: 3 martie 2020",
    "Urodzona w Gdańsku. Data zatrudnienia: 12 maja 2021",
    "Geboren 1990 in Utrecht. 2012 juni 30 afgestudeerd",
]
STILL_A_BIRTH_DATE = [
    ("Született: 1989. május 7.", "1989. május 7"),
    ("Nacido el 1 de octubre de 1990", "1 de octubre de 1990"),
    ("Narodil se 1. října 1990", "1. října 1990"),
    ("Data urodzenia: 12 maja 1985. Data zatrudnienia: 01.10.2019", "12 maja 1985"),
    ("Jelölt született 1991. március 3. Belépés: 2019. október 1.", "1991. március 3"),
]


@pytest.mark.parametrize("text", NOT_A_BIRTH_DATE)
def test_a_born_word_reaches_no_other_fields_date(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize(("text", "value"), STILL_A_BIRTH_DATE)
def test_a_born_words_own_date_stays_a_birth_date(text: str, value: str) -> None:
    assert _dobs(text) == [value]
