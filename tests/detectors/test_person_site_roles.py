"""A site's or a yard's one-person trade or rank right before a surname takes a person
("voorman Smits", "the foreman Kowalski"); before a place or a team it names none."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("Akkoord voor de overuren gegeven door voorman Smits.", "Smits", "nl"),
    ("De planning is besproken met uitvoerder Hendriks.", "Hendriks", "nl"),
    ("Ask the foreman Kowalski about the weekend permit.", "Kowalski", "en"),
])
def test_a_trade_before_a_surname(text: str, name: str, lang: str) -> None:
    assert name in found(text, "PERSON", lang)


@pytest.mark.parametrize("text", [
    "Monteur Noord is vandaag vrij.",
    "Beveiliger Schiphol Plaza zoekt versterking.",
])
def test_a_trade_before_a_place(text: str) -> None:
    assert found(text, "PERSON") == []
