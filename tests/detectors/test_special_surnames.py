"""A word of religion or origin that is a person's surname, after a title or an initial, is a
name, not a statement about them (stop 40). Dutch and immigrant surnames are such words:
Christen, Baptiste, Turk, Fries, Duits, Moslimi. Synthetic texts, written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str) -> list[tuple[str, str]]:
    return [(d.entity, text[d.start:d.end]) for d in detect(text, language="nl")
            if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize("text", [
    ("Aan: de directie, t.a.v. mevrouw K. Baptiste\nGeachte mevrouw Baptiste,\nUw aanvraag is "
    "besproken in de vergadering van dinsdag."),
    "Gesprek met dhr. Christen over zijn rooster voor december.",
    "Contactpersoon: de heer J. Turk, teamleider expeditie.",
    "Afspraak met mw. Fries over de nieuwe planning van het magazijn.",
    "Ondertekend door Mr. A. Christen namens de opdrachtgever.",
    # after a first name: Dutch writes the statement in lower case
    "Met vriendelijke groet,\nJan Christen\nPlanner",
    "Ingevuld door Anna Moslim op 3 maart.",
    "Gesprek met Kees Baptist over het rooster.",
])
def test_a_surname_after_a_title_or_initial_is_no_statement(text: str) -> None:
    assert _special(text) == []


@pytest.mark.parametrize("text, entity", [
    # the same words as statements: after the name, in lower case or after a colon
    ("Dhr. Jansen is christen en wil op zondag niet werken.", "SPECIAL_RELIGION"),
    ("Mevrouw Bakker: Katholiek, wil op zondag vrij.", "SPECIAL_RELIGION"),
    ("Mevrouw de Vries is Joods en viert Jom Kipoer.", "SPECIAL_RELIGION"),
    ("Jan Christen is christen en werkt niet op zondag.", "SPECIAL_RELIGION"),
    ("Ahmed, Muslim, vraagt om een gebedsruimte.", "SPECIAL_RELIGION"),
    ("Name: Ahmed Hassan\nReligion: Muslim", "SPECIAL_RELIGION"),
])
def test_the_word_as_a_statement_is_still_found(text: str, entity: str) -> None:
    assert entity in {e for e, _ in _special(text)}


def test_the_word_as_a_statement_is_still_found_in_english() -> None:
    """English writes religions with a capital, after adjectives that are first names too."""
    text = "I am a member of the Irish Catholic community at the chapel."
    assert "SPECIAL_RELIGION" in {d.entity for d in detect(text, language="en")}


def test_an_acronym_in_capitals_after_a_title_is_not_read_as_a_surname() -> None:
    """"ALS" written in capitals is the disease, whatever stands before it."""
    found = _special("Mevrouw Jansen heeft ALS; dhr. ALS is geen naam.")
    assert ("SPECIAL_HEALTH", "ALS") in found
