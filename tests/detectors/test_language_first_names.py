""""Frans" is a Dutch first name and the French language: a person's, unless said as a
language (beside another language on its line, or after a verb of speaking)."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Gesprek met Frans Hendriks over zijn rooster.", "Frans Hendriks"),
    ("Noodcontact: Frans Verbeek (echtgenoot), 06-12345678", "Frans Verbeek"),
    ("Frans belt morgen terug over de sleutels.", "Frans"),
])
def test_frans_the_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Talen: Nederlands (moedertaal), Engels (goed), Frans (redelijk)",
    "Sanne spreekt vloeiend Frans en een beetje Spaans.",
    "Hij leert sinds maart Frans bij de bibliotheek.",
])
def test_frans_the_language(text: str) -> None:
    assert "Frans" not in found(text, "PERSON")
