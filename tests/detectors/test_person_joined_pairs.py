"""PERSON: a word joined by "en", "and" or "+" to a first name found alone is a name too
("Marieke en Nodira", "Priya + Tuyet"; person_lists._joined_pair), unless it is a place or a
firm. Cases written here, in the shapes of rosters, logs and team notes; the blind sets that
showed the kind are scored by make eval."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Garderobe: Marieke en Nodira, daarna de zaal opruimen.", "nl", "Nodira"),
    ("Late shift (Priya + Tuyet) starts at 15:00 in the laundry.", "en", "Tuyet"),
    ("Pool duty today: Bongani and Kasper, lifeguard on call.", "en", "Bongani"),
    ("Vandaag op de bus: Esther + Ravshan, vertrek om zeven uur.", "nl", "Ravshan"),
])
def test_a_word_joined_to_a_first_name_is_a_name(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "word"), [
    # a place, a country or a firm's word after the joiner
    ("Pieter rijdt morgen tussen Nijmegen en Arnhem heen en weer.", "nl", "Arnhem"),
    ("Mohamed works for Jansen and Co in the warehouse.", "en", "Co"),
    ("Kofi komt uit Ghana en Marokko is het land van Samira.", "nl", "Marokko"),
    # a full name and its town (one name, a comma: no joiner)
    ("Contactpersoon: Piet Jansen, Utrecht", "nl", "Utrecht"),
])
def test_a_place_or_a_firm_beside_a_name_stays_out(text: str, lang: str, word: str) -> None:
    assert word not in _names(text, lang)
