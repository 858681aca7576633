"""PERSON: a word right before a first name found alone in brackets is a name too: the
surname a note puts first ("Wiśniewska (Marta) belt terug"), the short name a mail is
signed with before the full one ("Dima (Dmytro)"; person_lists.glossed). A role, a kin word,
a place or a firm before the brackets is whose the person is, no name. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Belnotities di:\n- Wiśniewska (Marta) belt donderdag terug over het contract.\n", "nl",
     "Wiśniewska"),
    ("Thanks again for the quick answer,\nDima (Dmytro)\n", "en", "Dima"),
    ("Overdracht: Haddouch (Yassin) loopt nog bij de bakkerij, contract tot mei.\n", "nl",
     "Haddouch"),
])
def test_a_word_before_a_bracketed_first_name_is_a_name(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Update: de intercedent (Sanne) belt de klant morgen.\n", "nl", "intercedent"),
    ("Gesprek gehad. Broer (Tomasz) werkt ook via ons in Venlo.\n", "nl", "Broer"),
    ("Vestiging Utrecht (Femke) neemt de intake over.\n", "nl", "Utrecht"),
])
def test_a_role_a_kin_word_or_a_place_stays_out(text: str, lang: str, word: str) -> None:
    assert not [n for n in _names(text, lang) if word.lower() in n.lower()]


def test_a_found_name_keeps_its_initials() -> None:
    text = "Werknemer: K. Mensah (Kofi), geb. 03-04-1990\n"
    assert "K. Mensah" in _names(text)
