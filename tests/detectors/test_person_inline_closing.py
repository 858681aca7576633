"""PERSON (issue #14, stop 69): a message that closes on the line of its last sentence
("Tot vrijdag. Groet Wessel", "All sorted! Cheers Imke") is signed by the name after the
closing, as a closing on a line of its own signs it (person_shape.closing_before). A
closing word inside a sentence signs nothing. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Je pasje ligt klaar bij de balie. Tot vrijdag. Groet Wessel", "nl", "Wessel"),
    ("Rooster staat online, kijk even! Groetjes Imke", "nl", "Imke"),
    ("The forms are in the tray. Cheers Wessel", "en", "Wessel"),
])
def test_a_closing_after_the_last_sentence_signs(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


def test_a_closing_word_inside_a_sentence_signs_nothing() -> None:
    assert found("Het formulier heet Groet Vooraf en ligt bij de receptie.", "PERSON", "nl") == []
