"""Issue #14, ID documents as scans and copies leave them: an MRZ line whose '<' padding is
off (OCR dropped or doubled some, a retyped copy counted wrong), read with '«' for '<' or
indented; one MRZ word quoted alone fingerprints as its document number; and a driving
licence's front, whose fields have numbers and no labels ("3." birth date, "5." licence
number, "4d." the BSN)."""

from __future__ import annotations

import pytest

from detectors import detect, normalize
from detectors.mrz import find_mrz, mrz_check_digit

NUMBER = "NRJ44L0X1"  # Dutch document number format (2 letters, 6 alnum, digit)
LINE_1 = "P<NLDBAKKER<<SANNE<MARIJE<<<<<<<<<<<<<<<<<<<"


def _line_2(number: str = NUMBER, born: str = "880312", expiry: str = "310401") -> str:
    """A passport's second MRZ line (44 characters), every check digit right."""
    head = number + mrz_check_digit(number) + "NLD" + born + mrz_check_digit(born) + "F"
    head += expiry + mrz_check_digit(expiry)
    data = "<" * 14
    line = head + data + mrz_check_digit(data)
    return line + mrz_check_digit(line[0:10] + line[13:20] + line[21:43])


def _found(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity]


@pytest.mark.parametrize("mrz", [
    f"{LINE_1[:-4]}\n{_line_2()[:28]}<<<<<<<<<<{_line_2()[-2:]}",  # padding short
    f"{LINE_1}<<<\n{_line_2()[:28]}<<<<<<<<<<<<<<<<<<{_line_2()[-2:]}",  # padding long
    f"   {LINE_1}\n   {_line_2()[:30]}<<<<<<<<<<<<{_line_2()[-2:]}",  # indented, short
    f"{LINE_1}\n{_line_2()[:28]}".replace("<", "«") + "«" * 14 + _line_2()[-2:],  # '«'
])
def test_a_passport_mrz_with_its_padding_off(mrz: str) -> None:
    text = "Kopie paspoort kandidaat, ontvangen 12 MRT 2024\n\n" + mrz + "\n"
    found = find_mrz(text)
    assert [m.document_number for m in found] == [NUMBER]
    assert any(_line_2()[:28] in text[slice(*span)].replace("«", "<")
               for span in [(m.start, m.end) for m in found])
    assert len(_found(text, "NL_ID_DOCUMENT")) == 1


@pytest.mark.parametrize("line", [
    f"I<NLD{NUMBER}{mrz_check_digit(NUMBER)}<<<<<<<<<<<<",  # an ID card's first line, short
    f"C<NLD{NUMBER}{mrz_check_digit(NUMBER)}" + "<" * 19,  # padding long
    f"  I<NLD{NUMBER}{mrz_check_digit(NUMBER)}232262536<<<<<<<<<",  # with the BSN, long
])
def test_an_id_cards_first_line_with_its_padding_off(line: str) -> None:
    text = f"Scan ID-kaart (voorzijde onleesbaar)\n{line}\n8803125F3104019NLD<<<<<<<<<<<\n"
    assert [m.document_number for m in find_mrz(text)] == [NUMBER]


@pytest.mark.parametrize("line", [
    f"I<BEL{NUMBER}{mrz_check_digit(NUMBER)}<<<<<<<<<<<<",  # not Dutch: its checks must hold
    f"{NUMBER}{mrz_check_digit(NUMBER)}DEU8803125F3104019<<<<<<<<",
    "I<NLDOO1234567<<<<<<<<<<<<<<<<<",  # no Dutch number (an 'O', no closing digit)
    f"C<NLD{NUMBER}7" + "<" * 19,  # an ID card's line alone whose number's check fails
    "AB<CD<<EF1234567<<<<<<<<<<<<<<<<<<<<<",
])
def test_a_line_of_the_wrong_length_that_is_no_dutch_mrz(line: str) -> None:
    assert find_mrz(f"Bijlage\n{line}\n") == ()


@pytest.mark.parametrize("word", [
    _line_2()[:28],  # a passport's second line up to its expiry check
    f"NLD{NUMBER}{mrz_check_digit(NUMBER)}",  # an ID card's "NLD" and number
    f"I<NLD{NUMBER}{mrz_check_digit(NUMBER)}232262536<<<<<<",  # its whole first line
])
def test_one_mrz_word_fingerprints_as_its_document_number(word: str) -> None:
    assert normalize("NL_ID_DOCUMENT", word) == NUMBER


LICENCES = [
    (("RIJBEWIJS\nKoninkrijk der Nederlanden\n1. DE VRIES\n2. ANNA MARIA\n"
     "3. 12.03.88 AMSTERDAM\n4a. 01.02.2019   4b. 01.02.2029\n4c. Burgemeester van Utrecht\n"
     "4d. 232262536\n5. 5012345678\n9. AM B\n"), "12.03.88", "5012345678"),
    (("Kopie rijbewijs (voorzijde), ontvangen 12 MRT 2024\n1.  Bakker\n2.  Pieter Jan\n"
     "3.  03.11.1979  Rotterdam\n4a. 14.06.2016 4b. 14.06.2026\n5.  4827163950\n"),
     "03.11.1979", "4827163950"),
    (("Driving licence copy - candidate file\n1. KOWALSKI 2. TOMASZ 3. 21.07.90 Gdansk "
     "4a. 02.03.2018 4b. 02.03.2028 4c. Gemeente Tilburg 5. 5193827460 9. B C CE\n"),
     "21.07.90", "5193827460"),
]


@pytest.mark.parametrize(("text", "born", "number"), LICENCES)
def test_a_driving_licences_numbered_fields(text: str, born: str, number: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == [born]  # not 4a's or 4b's date
    assert _found(text, "NL_DRIVERS_LICENSE") == [number]


def test_a_dutch_licences_field_4d_is_the_bsn() -> None:
    assert _found(LICENCES[0][0], "NL_BSN") == ["232262536"]


@pytest.mark.parametrize("text", [
    # a numbered list that is no licence, though it names one (no issue or expiry field)
    "Vereisten:\n1. Rijbewijs B\n2. VCA\n3. 12.03.1988 starten\n5. 5012345678 bellen\n",
    # a licence word and field-like numbers, but one other field only
    "Rijbewijs aangevraagd.\n1. formulier\n3. 12.03.1988\n5. 5012345678\n",
    # a licence's fields, but no licence word: a meeting's agenda
    "Agenda\n1. Opening\n2. Notulen\n3. 12.03.1988 besproken\n4a. Planning\n5. 5012345678\n",
])
def test_numbered_lines_that_are_no_licence(text: str) -> None:
    assert _found(text, "DATE_OF_BIRTH") == []
    if "ijbewijs" not in text:  # (a licence word near a 10-digit number is its own cue)
        assert _found(text, "NL_DRIVERS_LICENSE") == []


@pytest.mark.parametrize("text", [
    "Kandidaten\n| Ion Popescu | paspoort | ro AB 1234567 |\n| Anna Kowalska | id-kaart | pl ABC 123456 |",
    "Paspoortnr. (PL): AB1234567",
    "Nationaliteit: Roemeens\nPaspoort: RO AB1234567, geldig tot 2031",
    "ID-check 3 maart: identiteitskaart BG AB1234567 gezien en gekopieerd",
])
def test_another_countrys_document_number_is_no_dutch_one(text: str) -> None:
    """The shape of a Dutch number is common (2 letters, 7 characters): a country's code
    right before it says whose document it is."""
    assert _found(text, "NL_ID_DOCUMENT") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Paspoort NL NX1234567 gezien", "NX1234567"),
    ("Haar paspoortnummer is NX1234567.", "NX1234567"),
    ("ID NX1234567 (identiteitskaart, geldig tot 2031)", "NX1234567"),
    ("| Sanne Bakker | paspoort | nld NX1234567 |", "NX1234567"),
    ("Paspoort (AW): NX1234567", "NX1234567"),  # Aruba's passports are Dutch
])
def test_a_dutch_number_after_a_word_that_is_no_other_country(text: str, number: str) -> None:
    assert _found(text, "NL_ID_DOCUMENT") == [number]
