"""A school or a college named after a person is no person, also where its name runs on
past the person's in words no name takes (a Latin "a", a king's number) or a school's head
opens it before a double first name ("CBS Pieter-Jan")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize("text", [
    "Opleiding: havo, Petrus a Castro College Arnhem (2008-2013)",
    "Stage via het Graaf Floris V College in Alkmaar, afdeling zorg.",
    "Vmbo basis (Christiaan Huygens scholengroep), 2012-2016",
    "Invalwerk bij CBS Pieter-Jan in Almelo en OBS De Wegwijzer.",
    "Er komt een stagiair van het Koning Lodewijk II College mee.",
    # a street whose name runs on the same way, its head glued to the last word
    "Adres: Petrus a Castrostraat 88-2, Zwolle",
])
def test_a_school_named_after_someone(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Overleg met mevr. B. Koopmans van de stichting over de plaatsing.", "B. Koopmans"),
    ("Juf Sanne van groep 6 helpt bij de roosters.", "Sanne"),
    ("Meester Joost Lammers neemt de klas over op dinsdag.", "Joost Lammers"),
    ("Er komt een stagiair van het Graaf Willem III Lyceum mee, Daan van Dijk.", "Daan van Dijk"),
])
def test_a_person_beside_a_school_word(text: str, name: str) -> None:
    assert any(name in hit for hit in found(text, "PERSON"))
