"""guess_language: Dutch name and place particles in an English text are no Dutch."""

from __future__ import annotations

import pytest

from detectors.language import guess_language


@pytest.mark.parametrize("text, expected", [
    # English records about people with Dutch names and addresses
    (("Sick leave report\nEmployee: Jan van der Berg\nAddress: Laan van Meerdervoort 12\n"
     "He has been off sick since March."), "en"),
    ("Dear Ms de Jong, Thank you for your application.", "en"),
    ("Meeting with Pieter de Vries, Anna van den Bosch and Kees ter Horst on the project.", "en"),
    ("Reference for Sanne van Dijk from De Graaf Installatietechniek: she was reliable.", "en"),
    ("I worked at Van Oord and at De Nederlandsche Bank for five years.", "en"),
    ("Notes: Mr van Leeuwen is a member of FNV Metaal. He joined in 2019.", "en"),
    # Dutch texts stay Dutch, with or without names
    ("De medewerker is ziek door een hernia.", "nl"),
    ("Hij is lid van de FNV.", "nl"),
    ("Naam: Jan de Vries\nFunctie: monteur\nHij heeft een burn-out.", "nl"),
    ("Het is een mooie dag.", "nl"),
    ("Ze is ziek.", "nl"),
    ("Beste Anna, wat fijn dat je er bent.", "nl"),
    ("Gesprek met mevrouw Van den Berg over haar re-integratie bij Van Dijk Transport.", "nl"),
    ("Ik heb gewerkt bij De Vries Bouw en daarna bij het UWV.", "nl"),
])
def test_guess_language(text: str, expected: str) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize("text", [
    # a roster's shift codes are no English article
    ("Planning week 12\n\n        ma   di   wo   do\nKees    A    A    V    -\nSem     V    A    A    N\n"
     "Ilse    A    -    A    A\n\nA = 14:00-22:00  V = 06:00-14:00  N = 22:00-06:00\n"
     "Wie wil ruilen, geeft dat door aan de teamleider."),
    ("Overzicht\nNaam       klas  niveau\nJoris      4A    A\nFenna      4B    A\nMilan      4A    B\n"
    "Opmerking: de toets is op dinsdag."),
])
def test_one_letter_codes_are_no_articles(text: str) -> None:
    assert guess_language(text) == "nl"


@pytest.mark.parametrize(("text", "expected"), [
    # a CV of fields and hardly a sentence: its headings tell the language
    (("Marek Nowak\nWarehouse worker\n\nPhone: +48 600 100 200\nExperience:\n2019-2023 Order "
      "picking, Venlo\n\nSkills: forklift, reach truck\nAvailable: immediately"), "en"),
    (("Marek Nowak\nMagazijnmedewerker\n\nTelefoon: 06-12345678\nWerkervaring:\n2019-2023 "
      "Orderpicken, Venlo\n\nVaardigheden: heftruck, reachtruck\nBeschikbaar: per direct"), "nl"),
    ("Forklift driver. I have a car.", "en"),
])
def test_headings_of_a_cv(text: str, expected: str) -> None:
    assert guess_language(text) == expected
