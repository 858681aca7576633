"""Issue #14, a form's boxes in a scan's text layer: one digit a box, typed over with a
space each and no wider gap between a date's parts ("1 2 0 3 1 9 9 0"), or drawn with bars
that the OCR set a space either side of ("| 1 | 2 | 0 | 3 | ..."). A birth date so written
is one under its label, and so is a driving licence's ten-digit number under its own;
neither is read inside a longer run of boxes or without its label."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Geboortedatum (ddmmjjjj)   2 8 0 2 1 9 9 3\nNationaliteit  NL", "nl", "2 8 0 2 1 9 9 3"),
    ("Geb.datum\n   0 6 1 0 1 9 7 1\nWoonplaats  Zwolle", "nl", "0 6 1 0 1 9 7 1"),
    ("Date of birth   1 4 0 7 2 0 0 2     Place of birth  Accra", "en", "1 4 0 7 2 0 0 2"),
    ("Data urodzenia:  3 0 0 1 1 9 8 8\n", "en", "3 0 0 1 1 9 8 8"),
    ("Geboortedatum\n | 1 | 9 | 0 | 4 | 1 | 9 | 7 | 6 |\nGeslacht  M", "nl",
     "1 | 9 | 0 | 4 | 1 | 9 | 7 | 6"),
    ("D.O.B.  | 0 | 2 | 1 | 2 | 1 | 9 | 9 | 9 |   Gender  F", "en",
     "0 | 2 | 1 | 2 | 1 | 9 | 9 | 9"),
    ("Birth date (DD MM YYYY)\n  | 2 | 5 |  | 0 | 9 |  | 1 | 9 | 6 | 8 |", "en",
     "2 | 5 |  | 0 | 9 |  | 1 | 9 | 6 | 8"),
    ("geboren op   1 1 1 1 1 9 8 0   te Paramaribo", "nl", "1 1 1 1 1 9 8 0"),
])
def test_a_boxed_birth_date_under_its_label(text: str, lang: str, want: str) -> None:
    assert want in _found(text, "DATE_OF_BIRTH", lang)


@pytest.mark.parametrize("text", [
    "Burgerservicenummer  1 2 0 3 1 9 9 0 5\ngeboortedatum volgt",  # nine boxes: a BSN's
    "Geboortedatum onbekend. Telefoon 0 6 1 2 0 3 1 9 9 0",       # a phone number's tail
    "Dossiernummer  1 2 0 3 1 9 9 0\n",                           # no birth word at all
    "Geboortedatum: zie kopie. Ordernr | 1 | 2 | 0 | 3 | 1 | 9 | 9 | 0 | 7 |",  # nine bars
])
def test_boxes_that_are_no_birth_date(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("rijbewijsnummer :  4 8 1 2 0 0 9 3 7 5     categorieën B, BE", "nl",
     "4 8 1 2 0 0 9 3 7 5"),
    ("Rijbewijs nr. |5|1|0|7|3|3|2|0|4|6|\n", "nl", "5|1|0|7|3|3|2|0|4|6"),
    ("Driving licence number   5 2 2 0 4 1 8 8 3 0\n", "en", "5 2 2 0 4 1 8 8 3 0"),
    ("Nr. rijbewijs\n   4 | 9 | 0 | 1 | 2 | 2 | 6 | 3 | 1 | 7\n", "nl",
     "4 | 9 | 0 | 1 | 2 | 2 | 6 | 3 | 1 | 7"),
    ("Licence no.  | 4 | 7 | 3 | 0 | 0 | 2 | 9 | 1 | 5 | 8 |  valid until 2031", "en",
     "4 | 7 | 3 | 0 | 0 | 2 | 9 | 1 | 5 | 8"),
    ("Rijbewijsnummer (veld 5)\n 5 0 9 9 3 1 4 2 7 6\n", "nl", "5 0 9 9 3 1 4 2 7 6"),
    ("rijbewijs-nr:  4 6 6 1 0 8 2 3 9 4   (afgegeven Breda)", "nl", "4 6 6 1 0 8 2 3 9 4"),
    ("Prawo jazdy / rijbewijsnummer  5 3 3 0 2 7 1 9 0 8", "nl", "5 3 3 0 2 7 1 9 0 8"),
])
def test_a_boxed_licence_number_under_its_label(text: str, lang: str, want: str) -> None:
    assert want in _found(text, "NL_DRIVERS_LICENSE", lang)


@pytest.mark.parametrize("text", [
    "rijbewijsnummer  4 8 1 2 0 0 9 3 7 5 1\n",       # eleven boxes: no licence number
    "Rijbewijs B: ja. Pasnummer 4 8 1 2 0 0 9 3 7 5",  # another number's own label
    "Klantnummer  5 0 9 9 3 1 4 2 7 6\n",               # no licence word
])
def test_boxes_that_are_no_licence_number(text: str) -> None:
    assert _found(text, "NL_DRIVERS_LICENSE") == []
