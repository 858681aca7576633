"""PERSON (issue #14, stop 75): a landscape's name, a place's adjective ("-se", "-sche") and a
kind of landscape ("Ruurlose Beek", "Hattemse Dijk"), names no one, though "Beek" and
"Dijk" are surnames. A first name before the same words stays a name ("Jesse Berg",
"Louise Dijk": first names that end in "-se"). Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "place"), [
    ("We ruimden windworp op langs de Ruurlose Beek, samen met Femke Tuinman.", "Ruurlose Beek"),
    ("Langs de Oude Hattemse Dijk stond een hek, zei Piet de Graaf.", "Hattemse Dijk"),
    ("Het pad langs de Markelose Berg is dicht tot maandag, meldt Femke Tuinman.",
     "Markelose Berg"),
    ("Sheep grazed near the Goorse Bos until noon; Femke Tuinman counted them.", "Goorse Bos"),
])
def test_a_landscape_is_no_one(text: str, place: str) -> None:
    assert not any(place.split()[-1] in n for n in found(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("Gesprek met Jesse Berg over het rooster.", "Jesse Berg"),
    ("Daarna belde Louise Dijk over de planning.", "Louise Dijk"),
])
def test_a_first_name_before_the_same_words_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
