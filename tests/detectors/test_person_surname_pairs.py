"""PERSON (issue #14, stop 69): two surnames said alone and joined by "en"/"and", as a
planner names a crew ("Bakker en Mohammadi staan vrijdag"), and a surname with its
particles capitalised as it stands alone ("Van Dam en Mohammadi", "De Vries en Jansen", a
list "Piet, Van Dam, Fatma en Kowalski"): the word beside a found surname is a name too
(person_lists._joined_pair, _PARTICLE_SURNAME). A town or a firm's word beside a name stays
no one. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Zaterdag: Bakker en Yilmaz doen de vroege ronde, de rest begint om tien.", "Bakker"),
    ("Nog even: Van Dam en Yilmaz, jullie rijden dinsdag met bus 12.", "Van Dam"),
    ("Ter Horst en Hakimi staan morgen op de lijst voor de keuring.", "Ter Horst"),
    ("Aanwezig: Karin, Van der Linden, Omar en Kowalski.", "Van der Linden"),
])
def test_a_surname_beside_a_found_surname_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON", "nl")


@pytest.mark.parametrize(("text", "word"), [
    ("Volgende week rijden we naar Zwolle en Yilmaz blijft op de zaak.", "Zwolle"),
    ("Bakker en Zonen leveren de kozijnen, Yilmaz tekent af.", "Zonen"),
])
def test_a_town_or_a_firm_word_stays_no_one(text: str, word: str) -> None:
    assert not any(word in n for n in found(text, "PERSON", "nl"))
