"""A wish for the reader's day closes a message as a greeting does: the name on the next line
signs it, even a first name that is a word as well ("Trees", "Bloem")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Kun je de uren van week 12 nog sturen?\n\nFijne avond!\nTrees", "Trees", "nl"),
    ("Het rooster staat in de app.\nFijn weekend,\nBloem", "Bloem", "nl"),
    ("Thanks for covering the late shift.\nHave a nice weekend,\nLily", "Lily", "en"),
    ("Tot donderdag op de locatie.\nPrettige dag nog\n\nJasper de Graaf", "Jasper de Graaf", "nl"),
])
def test_the_name_under_a_day_wish_signs(text: str, name: str, lang: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize("text", [
    "Fijne dag!\nMorgen is het kantoor gesloten.",
    "Fijne dag!\nTeam Planning",
])
def test_no_signature_no_name(text: str) -> None:
    assert found(text, "PERSON") == []
