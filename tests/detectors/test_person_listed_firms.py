"""PERSON: a listed firm's whole name ("Albert Heijn", "Jan Linders", person.toml
organisations) is no person, and none of its words is a name alone: "Albert" of "DC Albert
Heijn" was found once the whole was turned down. A title before it makes a person again
("mevrouw Van der Valk")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "people"), [
    ("Aanwezig: Albert Heijn, Jumbo en de gemeente Tilburg", []),
    ("Deelnemers: Jan Linders, Plus en Coop\nVerslag: Mirjam Kok", ["Mirjam Kok"]),
    ("Hij werkt via ons bij Jan Linders in Venray, zegt Mirjam Kok.", ["Mirjam Kok"]),
    ("Gesprek met mevrouw Van der Valk over het rooster.", ["Van der Valk"]),
])
def test_a_listed_firms_words_are_no_name(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people
