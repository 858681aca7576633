"""ids37 review findings (mend): readings that fired on what is no field. Own synthetic cases;
each table fails on main before this mend."""

from __future__ import annotations

import pytest

import detectors


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detectors.detect(text, lang) if d.entity == entity]


# 1. A label is read from the line above only when that line is within reach: a longer line
# between is prose, and the document's first line is no value's label.
@pytest.mark.parametrize(("text", "entity"), [
    ("BSN\n" + "x" * 450 + "\n123456782 is het ordernummer", "NL_BSN"),
    ("Geboortedatum\n" + "lorem " * 80 + "\n04-11-1961 vergadering", "DATE_OF_BIRTH"),
    ("Burgerservicenummer\n" + "tekst " * 90 + "\n111222333 factuur", "NL_BSN"),
    ("Geboren\n" + "notulen " * 60 + "\n12-03-1988 overleg gepland", "DATE_OF_BIRTH"),
    ("Geboortedatum\n" + "a" * 401 + "\n27-08-1964 afspraak", "DATE_OF_BIRTH"),
    ("BSN\n" + "y" * 600 + "\n\n123456782 referentie", "NL_BSN"),
])
def test_no_label_from_beyond_a_long_line(text: str, entity: str) -> None:
    assert _found(text, entity) == []


# 2 and 5. Digits a space apart are a phone number only with an area code set off by a dash,
# a slash or a wider gap; a widened dash only right after the area code; a number's last
# group is not one digit after a longer one.
@pytest.mark.parametrize("text", [
    "Punten per vraag: 0 6 2 4 3 1 5 2 0 1",
    "Uitslagen\n0 2 0 5 6 0 4 0 0 0\n",
    "Punten per wedstrijd\n0 6 1 2 3 4 5 6 7 8\n",
    "Scores ronde 1: 0 1 0 3 2 4 1 0 2 2",
    "Stemmen per bureau\n0 3 0 7 1 4 2 2 8 0\n",
    "Aantal per dag 0 8 8 1 2 0 0 3 4 5",
    "Uitslag: 020  -  560 040 0",
    "Tussenstand 010  -  330 220 1",
    "0 2 0  -  " * 40,
    "Reeks 06  -  1 2  -  3 4  -  5 6  -  7 8",
    "Stand 030  -  123 456 7 na verlenging",
])
def test_spaced_digits_and_dashes_that_are_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Telefoon  0 6 - 2 3 4 5 1 8 9 0\n", "0 6 - 2 3 4 5 1 8 9 0"),
    ("Mobiel:  0 6  2 7 1 1 4 0 9 3\n", "0 6  2 7 1 1 4 0 9 3"),
    ("Bel  088  -  972 72 72", "088  -  972 72 72"),
    ("Tel 020 - 123 45 67", "020 - 123 45 67"),
])
def test_spaced_numbers_still_found(text: str, want: str) -> None:
    assert want in _found(text, "PHONE_NUMBER")


# 3. A row's second date is the next person's only under a header of people's columns.
@pytest.mark.parametrize("text", [
    "                      Werknemer       Uit dienst\nGeboren               04-11-1961      01-12-2023\n",
    "                      Medewerker      Ingangsdatum\nGeboren               12-03-1975      01-01-2024\n",
    "                      Aanvrager       Einddatum\nGeboren               27-08-1964      31-12-2025\n",
    "                      Werknemer       Vervaldatum\nGeb.                  02-02-1970      02-02-2030\n",
    "                      Naam            Ondertekend\nGeboren               15-06-1980      20-05-2024\n",
])
def test_second_date_under_other_header_is_no_birth_date(text: str) -> None:
    second = text.rstrip().rsplit(" ", 1)[1]
    assert second not in _found(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "                      Werknemer       Partner\nGeboren               04-11-1961      27-08-1964\n",
    "                      Aanvrager       Echtgenote\nGeboren               12-03-1975      01-09-1977\n",
])
def test_second_date_under_peoples_columns_is_a_birth_date(text: str) -> None:
    assert text.rstrip().rsplit(" ", 1)[1] in _found(text, "DATE_OF_BIRTH")


# 4. Boxes under a heading that merely holds the label word are no field's value.
@pytest.mark.parametrize(("text", "entity"), [
    ("Rijbewijs categorieën behaald per jaar\n1 2 3 4 5 6 7 8 9 0\n", "NL_DRIVERS_LICENSE"),
    ("Rijbewijs examens per regio\n5 0 1 2 3 4 5 6 7 8\n", "NL_DRIVERS_LICENSE"),
    ("Rijbewijzen uitgegeven per maand\n3 1 4 1 5 9 2 6 5 3\n", "NL_DRIVERS_LICENSE"),
    ("Geboortecijfers per maand\n1 2 0 3 1 9 9 0\n", "DATE_OF_BIRTH"),
    ("Geboortedatum verdeling per klas\n0 4 1 1 1 9 6 1\n", "DATE_OF_BIRTH"),
    ("Geboren kinderen per kwartaal\n2 7 0 8 1 9 6 4\n", "DATE_OF_BIRTH"),
    ("Geboortedatum\n3 9 1 3 1 9 9 0\n", "DATE_OF_BIRTH"),  # no day 39, no month 13
])
def test_boxes_under_a_heading_are_no_field(text: str, entity: str) -> None:
    assert _found(text, entity) == []


@pytest.mark.parametrize(("text", "entity", "want"), [
    ("Rijbewijsnummer\n5 0 1 2 3 4 5 6 7 8\n", "NL_DRIVERS_LICENSE", "5 0 1 2 3 4 5 6 7 8"),
    ("Rijbewijs: 5 0 1 2 3 4 5 6 7 8\n", "NL_DRIVERS_LICENSE", "5 0 1 2 3 4 5 6 7 8"),
    ("Geboortedatum\n1 2 0 3 1 9 9 0\n", "DATE_OF_BIRTH", "1 2 0 3 1 9 9 0"),
    ("Geboortedatum (ddmmjjjj)  1 2 0 3 1 9 9 0\n", "DATE_OF_BIRTH", "1 2 0 3 1 9 9 0"),
])
def test_boxes_under_their_field_label_still_found(text: str, entity: str, want: str) -> None:
    assert want in _found(text, entity)
