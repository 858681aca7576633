"""An adverb opening a suggestion or a comment is capitalised as the sentence's first word:
the capitalised first name after it is no capital beside it ("Misschien Lotte, die ...")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Wie kan zaterdag? Misschien Lotte, die wilde meer uren.", "Lotte", "nl"),
    ("Het lukt niet met de bus. Helaas Dewi ook niet, zij is op vakantie.", "Dewi", "nl"),
    ("Who covers Monday? Maybe Priya can take it.", "Priya", "en"),
    ("Nobody answered. Unfortunately Kwame was on leave.", "Kwame", "en"),
])
def test_a_name_after_an_opening_adverb(text: str, name: str, lang: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize("text", [
    "Misschien Planning even bellen over het rooster.",
    "Helaas Zaterdag geen bus naar het terrein.",
])
def test_a_word_after_an_opening_adverb_stays_a_word(text: str) -> None:
    assert found(text, "PERSON") == []
