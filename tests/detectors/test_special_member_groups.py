"""A plural membership or identity noun names a group, not one person's membership: union
representatives allowed a room, shop stewards asked about, members in general."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    ("It was decided that union stewards can hold office hours in the canteen.", "en"),
    ("Besloten is dat vakbondsleden de vergaderzaal mogen gebruiken.", "nl"),
    ("Petra vraagt of kaderleden ook reiskosten vergoed krijgen.", "nl"),
    ("Ruud wil weten of de kaderleden van de bond een eigen ruimte krijgen.", "nl"),
])
def test_a_group_of_members(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_TRADE_UNION", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Petra vraagt of ze als kaderlid vrij krijgt voor de actiedag.", "nl"),
    ("Jan is al tien jaar vakbondslid.", "nl"),
    ("Our colleague Sam is a union representative for the night shift.", "en"),
])
def test_one_persons_membership(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_TRADE_UNION", lang) != []
