"""DATE_OF_BIRTH, NL_VAT, NL_KVK and PERSON in running text."""

from __future__ import annotations

import random

import pytest

from detectors import detect, nl_business
from tests.eval import synth


def _found(text: str, entity: str, language: str = "nl") -> list[tuple[str, str | None]]:
    return [
        (text[d.start : d.end], d.normalized) for d in detect(text, language) if d.entity == entity
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Geboortedatum: 31-12-1990", [("31-12-1990", "1990-12-31")]),
        ("geb. 1-2-1985 te Utrecht", [("1-2-1985", "1985-02-01")]),
        ("Geboren op 3 maart 1985", [("3 maart 1985", "1985-03-03")]),
        ("Date of birth: March 5, 1990", [("March 5, 1990", "1990-03-05")]),
        ("DOB 1990-07-14", [("1990-07-14", "1990-07-14")]),
        ("Geboortedatum\n14/07/1990", [("14/07/1990", "1990-07-14")]),
        ("Werkzaam van 01-02-2015 tot 31-12-2019", []),  # a period, not a birth date
        ("Factuurdatum: 12-03-2024", []),
        ("Geboortedatum: 31-02-1990", []),  # no such day
        # every common written form, Dutch and English
        ("Geboortedatum: 3-2-90", [("3-2-90", "1990-02-03")]),
        ("geb. 03/02/'90", [("03/02/'90", "1990-02-03")]),
        ("Geboortedatum 03 02 1990", [("03 02 1990", "1990-02-03")]),
        ("geboren op 3 feb. 1990 te Rabat", [("3 feb. 1990", "1990-02-03")]),
        ("Geboortedatum: 03-februari-1990", [("03-februari-1990", "1990-02-03")]),
        ("Geb. datum: 3 mrt '05", [("3 mrt '05", "2005-03-03")]),
        ("DOB: 1990-2-3", [("1990-2-3", "1990-02-03")]),
        ("Geboortedatum: 1990/02/03", [("1990/02/03", "1990-02-03")]),
        ("Date of birth: 2 February 1990", [("2 February 1990", "1990-02-02")]),
        ("Born on February 2nd, 1990", [("February 2nd, 1990", "1990-02-02")]),
        ("born 2nd of February 1990", [("2nd of February 1990", "1990-02-02")]),
        ("Geboortedatum: 12.03.1985", [("12.03.1985", "1985-03-12")]),
        ("Ik ben op 12 maart 1985 in Utrecht geboren.", [("12 maart 1985", "1985-03-12")]),
        ("Sanne (geb. 12-3-1985) start maandag.", [("12-3-1985", "1985-03-12")]),
        # other dates near a birth date are not birth dates
        ("In dienst sinds 12-03-2015, geboren 04-05-1990", [("04-05-1990", "1990-05-04")]),
        ("Geboortedatum: 1-1-1980\nDatum in dienst: 01-02-2015", [("1-1-1980", "1980-01-01")]),
        ("Geboortedatum: 1-1-1980. Tel: 06 12 03 85 77", [("1-1-1980", "1980-01-01")]),
        ("Geboren\nIngangsdatum: 12-03-2015", []),
    ],
)
def test_date_of_birth(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "DATE_OF_BIRTH") == expected


VAT_VALID = [synth.nl_vat(random.Random(i)) for i in range(20)] + ["NL004495445B01"]


@pytest.mark.parametrize("number", VAT_VALID)
def test_vat_valid(number: str) -> None:
    assert nl_business.is_valid(number)
    assert _found(f"Btw-nummer: {number}", "NL_VAT") == [(number, number)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("btw NL 0044.95.445.B01", [("NL 0044.95.445.B01", "NL004495445B01")]),
        ("VAT NL123456789B90", []),  # checksum
        ("NL004495445B01X", []),  # glued to a letter
    ],
)
def test_vat_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "NL_VAT") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KvK-nummer: 12345678", [("12345678", "12345678")]),
        ("Kamer van Koophandel 1234 5678", [("1234 5678", "12345678")]),
        ("Chamber of Commerce no. 87654321", [("87654321", "87654321")]),
        ("Artikel 12345678 op voorraad", []),  # no KvK context
        ("KvK 123456789", []),  # 9 digits
    ],
)
def test_kvk(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "NL_KVK") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Naam: Jan de Vries", ["Jan de Vries"]),
        ("Naam: Esila Claesdr", ["Esila Claesdr"]),  # unknown name, but labelled
        ("Kandidaat Sanne Jansen werkt hier.", ["Sanne Jansen"]),
        ("Met vriendelijke groet,\nJ.P. van der Berg", ["J.P. van der Berg"]),
        ("Geachte heer Bakker,", ["Bakker"]),  # surname alone after a title
        ("Werkervaring Amsterdam Centraal", []),  # capitalised words, not names
        ("De Vries", []),
    ],
)
def test_person(text: str, expected: list[str]) -> None:
    assert [v for v, _ in _found(text, "PERSON")] == expected
