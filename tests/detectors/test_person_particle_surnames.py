"""PERSON: a surname with its particle standing alone, where the surname word is a common
word too ("De Boer", "van den Berg", "De Wit"): the particle makes it the surname, at a
sentence's start and inside one; an article before a place, a firm or a weekday stays no
name (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Van den Berg zegt dat de opdrachtgever tevreden is.", "Van den Berg"),
    ("De Wit stelde voor om het overleg te verplaatsen.", "De Wit"),
    ("De Boer opende de vergadering om negen uur.", "De Boer"),
    ("De Jong was het daar niet mee eens.", "De Jong"),
    ("De Groot vertelde na de pauze over de cijfers.", "De Groot"),
    ("De Haan heeft over de planning een voorstel gedaan.", "De Haan"),
    ("Ter Horst belt de klant morgen terug.", "Ter Horst"),
    ("Gisteren vroeg Van der Berg om een kopie van het contract.", "Van der Berg"),
    ("De Lange reageerde pas na twee weken op de mail.", "De Lange"),
])
def test_a_particle_makes_a_common_word_a_surname(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "De Dam in Amsterdam is op zaterdag erg druk.",
    "Van Maandag tot Vrijdag is het kantoor open.",
    "De Bijenkorf heeft een vacature voor een verkoper.",
    "De Efteling opende een nieuwe attractie.",
    "In De Berg staat een oude watertoren.",
])
def test_an_article_before_a_place_or_firm_is_no_name(text: str) -> None:
    assert _names(text) == []
