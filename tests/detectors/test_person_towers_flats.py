"""PERSON: a block of flats or a tower named after someone, glued to its word
("Dr. Ariënsflat", "Thorbecketoren") or after the name ("de Jan Peters toren", "het Anna
Visser gebouw"), is a building, not a person; a name followed by an English "flat"
or "building" as a word of the sentence stays a person. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "Renovatie Dr. Ariënsflat, portiek B: steigers vanaf maandag.",
    "De glazenwassers starten dinsdag bij de Thorbecketoren.",
    "Eerst de liften, daarna de Jan Peters toren, dan de garage.",
    "Daarna het Anna Visser gebouw, dan de kantine.",
])
def test_a_building_named_after_someone_is_no_person(text: str) -> None:
    assert _names(text) == []


def test_a_tower_in_english() -> None:
    assert _names("Then the Willem Kloos tower, then lunch.", "en") == []


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Sarah Oduya flat out refused the late shift.", "Sarah Oduya", "en"),
    ("Tom Gisolf building the scaffold on Monday, then off.", "Tom Gisolf", "en"),
])
def test_a_person_stays(text: str, name: str, lang: str) -> None:
    assert name in _names(text, lang)
