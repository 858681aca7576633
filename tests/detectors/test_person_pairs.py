"""A first name joined by en/and/& to a full name shares its surname: both are people, even
a first name that is a common word ("Mark", "Roos", "Rob")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "first"), [
    ("Her parents (Mark and Joanna Whitfield) signed the consent form.", "Mark"),
    ("De ouders (Rob en Petra de Vries) bellen morgen terug.", "Rob"),
    ("Bedankt aan Roos en Daan Bakker voor de taart!", "Roos"),
    ("Zijn ouders, Sander en Femke Hoogland, geven toestemming.", "Sander"),
])
def test_a_first_name_joined_to_a_full_name(text: str, first: str) -> None:
    assert first in found(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("Bakker en Femke Hoogland zijn er ook.", "Bakker"),
    ("Maandag en Peter Jansen komen later.", "Maandag"),
    ("Het Huis en Anna Smit staan op de lijst.", "Huis"),
])
def test_no_first_name_before_the_joiner(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")
