"""PERSON: the name someone goes by after a Dutch verb of calling and its person, unquoted
("iedereen noemt hem Pukkie Plank", "we noemen haar gewoon Knoet"): its first word, the second
too where it is no common word (issue #14, stop 76; person_brackets.nicknamed). English
"calls him" is a phone call as often ("call him Monday"): left. Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Onze oudste sluiswachter werkt er 30 jaar. Iedereen noemt hem Pukkie Plank.", "Pukkie"),
    ("Op de werf noemen ze haar gewoon Knoet, al staat er iets anders in haar paspoort.", "Knoet"),
])
def test_a_name_after_a_verb_of_calling(text: str, name: str) -> None:
    assert any(p.startswith(name) for p in _people(text))


@pytest.mark.parametrize(("text", "lang"), [
    ("Please call him Monday about the new roster.", "en"),
    ("Ze noemt hem Directeur, maar dat is hij niet.", "nl"),
])
def test_a_day_or_a_word_after_it_is_no_name(text: str, lang: str) -> None:
    assert _people(text, lang) == []
