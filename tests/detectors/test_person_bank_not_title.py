"""PERSON (issue #14, stop 69): "ING" in capitals without a full stop is the bank, not the
engineer's title "ing." (person.toml caps_not_titles): "Bank: ING Nederland", "now at ING
Rotterdam", "ING betaalpas" name no one. The title written as a title ("ing. P. de Vries",
"Ing. Pieter de Vries") still opens a name. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Bank: ING Nederland", "nl", "Nederland"),
    ("Reference: Tom Hale, former manager, now at ING Rotterdam.", "en", "Rotterdam"),
    ("Next: present the shortlist to ING Friday.", "en", "Friday"),
    ("Rekening bij ING Zwolle, op eigen naam.", "nl", "Zwolle"),
])
def test_the_bank_in_capitals_is_no_title(text: str, lang: str, word: str) -> None:
    assert not any(word in n for n in found(text, "PERSON", lang))


@pytest.mark.parametrize("text", ["Opgesteld door ing. M. Hofstra", "Ing. Maarten Hofstra belt."])
def test_the_title_still_opens_a_name(text: str) -> None:
    assert any("Hofstra" in n for n in found(text, "PERSON", "nl"))
