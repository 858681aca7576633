"""SPECIAL_ETHNICITY: who someone is by origin, named by an English noun as the Dutch list
names it ("I am a Kurd", "he is a Hazara"; data/special/ethnicity.toml), stated of a
person; a language list or a community in general is no one's. Cases written here."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special


@pytest.mark.parametrize("text", [
    "Profile: proud Kurd, I grew up in Duhok and moved to Zwolle in 2015.",
    "Intake note: he is a Hazara, arrived via Greece, speaks Dari.",
    "As a Pashtun I grew up with three languages at home.",
])
def test_an_origin_noun_said_of_someone(text: str) -> None:
    assert "SPECIAL_ETHNICITY" in {m.entity for m in find_special(text, "en")}, text


@pytest.mark.parametrize("text", [
    "Languages: Kurdish (native), Arabic, English",
    "Our Kurd community evening is open to all staff.",
])
def test_no_one_s_origin(text: str) -> None:
    assert "SPECIAL_ETHNICITY" not in {m.entity for m in find_special(text, "en")}, text
