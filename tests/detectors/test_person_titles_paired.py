"""PERSON: a form of address is no first name. The gazetteer's source lists hold "Mr",
"Mevr", "Pan" and "Pani" among first names, so "Mr and Mrs Adeyemi" reported "Mr" as a
first name joined to a name ("Eva and Thijs Hoogendoorn"). The couple's surname stays a name,
and a real first name joined so stays too. Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("At 10:30 Mr and Mrs Adeyemi came to see the flat.", "en", "Adeyemi"),
        ("Good morning Mr and Mrs Chaudhry,\n\nThank you for your offer.", "en", "Chaudhry"),
        ("Pan i Pani Wiśniewscy przyszli o dziesiątej. Pani Wiśniewska pytała.", "nl",
         "Wiśniewska"),
        ("Mevr en dhr Hoogendoorn kwamen samen kijken.", "nl", "Hoogendoorn"),
    ],
)
def test_a_form_of_address_joined_to_a_name_is_no_first_name(
        text: str, lang: str, surname: str) -> None:
    names = found(text, "PERSON", lang)
    assert not {"Mr", "Mrs", "Pan", "Pani", "Mevr"} & set(names)
    assert any(surname in n for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("Eva and Thijs Hoogendoorn came to see the flat.", "en", "Eva"),
        ("Fenna en Ruben Chaudhry kwamen samen kijken.", "nl", "Fenna"),
    ],
)
def test_a_first_name_joined_to_a_name_stays(text: str, lang: str, first: str) -> None:
    assert first in found(text, "PERSON", lang)
