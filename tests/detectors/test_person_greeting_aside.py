"""PERSON: a greeted name with an aside in brackets before the greeting's comma ("Hello
Wendelien (I hope this reaches the right desk),") is greeted as one with the comma right
after it (issue #14, stop 76; person_shape.greeting_before). Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Hello Wendelien (I hope this reaches the right desk),\n\nWe need a berth.", "en",
     "Wendelien"),
    ("Hoi Gerlinde (de planner van vorige week),\nIk kan zaterdag niet.", "nl", "Gerlinde"),
])
def test_a_greeted_name_with_an_aside(text: str, lang: str, name: str) -> None:
    assert name in _people(text, lang)


def test_a_greeted_place_with_an_aside_is_no_one() -> None:
    assert _people("Beste Utrecht (regio Midden),\nDe roosters komen vrijdag.", "nl") == []
