"""PERSON: a care giver named by their trade right before the surname ("heeft dierenarts
Kramer", "(arts Bosman)", "the vet Hughes") is a person, as a company doctor or a nurse
already was; the trade before a place or a common word names no one."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Na de beet heeft dierenarts Kramer de hond onderzocht.", "nl", "Kramer"),
    ("Keuring gedaan (arts Bosman), uitslag volgt.", "nl", "Bosman"),
    ("Afspraak gemaakt met tandarts Verhoef voor donderdag.", "nl", "Verhoef"),
    ("The vet Hughes said the dog must wear a muzzle.", "en", "Hughes"),
])
def test_a_care_giver_named_by_their_trade(text: str, lang: str, name: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize("text", [
    "Zij heeft een afspraak bij de arts Oogheelkunde van het ziekenhuis.",
    "Zij wil tandarts Assistentie volgen als opleiding.",
])
def test_a_trade_before_a_place_or_a_common_word_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
