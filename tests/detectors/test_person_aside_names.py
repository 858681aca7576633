"""PERSON: the name someone goes by, quoted in an aside in brackets right after their name
that opens on "or", "of", "alias" or "aka" ('Roel Jansen (of "Roeltje", zoals iedereen hem
noemt)', 'Bas Visser (alias "Baske")'), a name on no list too; the same aside after a
lower-case word names a thing ('het rooster (of "Planning")')."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "nick"), [
    ('Roel Jansen (of "Roeltje", zoals iedereen hem noemt) begint maandag.', "nl", "Roeltje"),
    ('Youssef Amrani (aka "Yoyo") covers the late shift.', "en", "Yoyo"),
    ('Bas Visser (alias "Baske") heeft de sleutel.', "nl", "Baske"),
])
def test_a_name_in_an_aside_after_a_name(text: str, lang: str, nick: str) -> None:
    assert nick in found(text, "PERSON", lang)


@pytest.mark.parametrize("text", [
    'Zet het in het rooster (of "Planning", zoals het tabblad heet).',
    'We gebruiken het programma (of "Excel") voor de uren.',
])
def test_an_aside_after_a_word_names_a_thing(text: str) -> None:
    assert found(text, "PERSON") == []
