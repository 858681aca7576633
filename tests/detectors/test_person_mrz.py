"""PERSON from the name field of a machine-readable zone (ICAO 9303): every ID copy carries
its holder's name there, upper case with '<' for its spaces; the document number's lines
stay NL_ID_DOCUMENT. Synthetic names; the check digits of the specimens are computed."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.mrz import mrz_check_digit


def _td3(name_field: str, number: str = "SPECI2014") -> str:
    """A Dutch passport's two lines, check digits computed."""
    one = ("P<NLD" + name_field).ljust(44, "<")
    dob, expiry, bsn = "850315", "310101", "999999990<<<<<"
    two = (number + mrz_check_digit(number) + "NLD" + dob + mrz_check_digit(dob) + "F"
           + expiry + mrz_check_digit(expiry) + bsn + mrz_check_digit(bsn))
    return one + "\n" + two + mrz_check_digit(two[0:10] + two[13:20] + two[21:43])


def _td1(name_field: str, number: str = "NXR4K7PL2") -> str:
    opt = "999999990<<<<<<"
    one = "I<NLD" + number + mrz_check_digit(number) + opt
    dob, expiry = "900102", "330707"
    two = (dob + mrz_check_digit(dob) + "M" + expiry + mrz_check_digit(expiry) + "NLD"
           + "<" * 11)
    two += mrz_check_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29])
    return one + "\n" + two + "\n" + name_field.ljust(30, "<")


def _people(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("field", ["VAN<DER<BERG<<SANNE<JOHANNA", "OZTURK<<MEHMET<ALI",
                                   "NGUYEN<<THI<LAN", "DE<WIT<KRAMER<<JOHANNES<THEODORUS"])
def test_a_passport_name_line_is_a_person(field: str) -> None:
    text = "Kopie paspoort (scan)\n" + _td3(field) + "\n"
    assert _people(text) == [field]
    assert [d.entity for d in detect(text, "nl")].count("NL_ID_DOCUMENT") == 1


@pytest.mark.parametrize("field", ["JANSSEN<<FLEUR", "EL<AMRANI<<FATIMA<ZAHRA",
                                   "KOWALSKA<<AGNIESZKA<MARIA"])
def test_an_id_card_name_line_is_a_person(field: str) -> None:
    text = "ID-kaart achterzijde\n" + _td1(field) + "\n"
    assert _people(text) == [field]


def test_ocr_spaces_and_guillemets_are_read_through() -> None:
    text = "OCR:\nBAKKER << PIET « JAN <<<<<<<<<<<<<<\n"  # 30 without its spaces
    assert _people(text) == ["BAKKER << PIET « JAN"]


def test_a_foreign_documents_name_line_is_a_person_too() -> None:
    # a Polish ID card's name: the name is the holder's, whatever the issuing state
    text = "P<POLWISNIEWSKA<<KATARZYNA<<<<<<<<<<<<<<<<<<<\nEK12345670POL8503159F3101015<<<<<<<<<<<<<<04\n"
    assert _people(text) == ["WISNIEWSKA<<KATARZYNA"]


@pytest.mark.parametrize("text", [
    "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n",              # padding only
    "HOOFDSTUK<<TWEE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n",  # too long a line
    "JAN<<PIET\n",                                  # far short of an MRZ line
    "ANNA<<BAKKER<<<<<<<<< 12 <<<<<<\n",            # digits in it: no name field
    "TOTAAL<<NETTO<<BRUTO<<<<<<<<<<<<<<<<<<<<<<<<\n",  # 44 long without a document's head
    "Zie Anna<<Bakker<<<<<<<<<<<<<<<\n",             # lower case: no MRZ
])
def test_lines_that_are_no_mrz_name(text: str) -> None:
    assert _people(text) == []
