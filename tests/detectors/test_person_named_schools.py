"""A school or a college named after a person is no person, also where its name runs on
past the person's in words no name takes (a Latin "a", a king's number) or a school's head
opens it before a double first name ("OBS Willem-Alexander")."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize("text", [
    "Opleiding: havo, Thomas a Kempis College Arnhem (2008-2013)",
    "Stage via het Koning Willem I College in Den Bosch, afdeling zorg.",
    "Vmbo basis (Christiaan Huygens scholengroep), 2012-2016",
    "Invalwerk bij OBS Willem-Alexander in Almelo en CBS De Wegwijzer.",
    "Zij volgde de opleiding aan het Koning Willem II College.",
])
def test_a_school_named_after_someone(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Gesprek met mevr. A. Hazelhoff van de stichting over de plaatsing.", "A. Hazelhoff"),
    ("Juf Anouk van groep 4 heeft me geholpen met de roosters.", "Anouk"),
    ("Meester Ruud Kuipers neemt de groep over op maandag.", "Ruud Kuipers"),
    ("Stagiair van het Koning Willem I College: Daan van Dijk.", "Daan van Dijk"),
])
def test_a_person_beside_a_school_word(text: str, name: str) -> None:
    assert any(name in hit for hit in found(text, "PERSON"))
