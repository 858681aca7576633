"""PERSON: a short sentence of small words and one name is no heading ("Gisteren zag ik
Fenna.": its closing mark says sentence), and a word ending on a place's suffix by one
letter is a word, no place ("thuis", "slaan": "als Daan thuis is"). Lines of capitalised
words without a closing mark stay headings, and streets stay streets."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Gisteren zag ik Fenna.", "Fenna"),
    ("Toen belde ik Priya.", "Priya"),
    ("Wie helpt Jesse?", "Jesse"),
    ("Zo kan het ook, Marloes!", "Marloes"),
])
def test_a_short_sentence_with_one_name_is_no_heading(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Het pakket wordt zaterdag bezorgd, als Daan thuis is.", "Daan"),
    ("De planner belt zodra Noor thuis is.", "Noor"),
])
def test_a_name_before_thuis_stays_a_name(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Planning Team Noord Brabant\nDe roosters staan online.",
    "Het kantoor zit aan de Jan van Galenstraat in Amsterdam.",
])
def test_headings_and_streets_stay_no_person(text: str) -> None:
    assert found(text, "PERSON") == []
