"""PERSON: a surname that ends as a road's or a building's name does ("-weg", "-laan",
"-dijk", "-huis") after a form of address ("mevr. Oosterweg", "dhr. Joost Brinklaan"): the
address says who, where the suffix alone made it a street. A street after a form of address
in an address line (a house number after it) and a doctor's title before a street or a
building named after someone ("Dr. Kuyperlaan", "Dr. Ariënshuis") stay out. Cases
written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Vanmorgen belde mevr. Oosterweg over haar declaratie.", "Oosterweg"),
    ("Het gesprek met dhr. Joost Brinklaan is verschoven naar vrijdag.", "Joost Brinklaan"),
    ("Graag een kopie aan mw. Veldhuisdijk, zij regelt de sleutels.", "Veldhuisdijk"),
])
def test_a_suffixed_surname_after_a_form_of_address_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON", "nl")


@pytest.mark.parametrize("text", [
    "Afleveradres: t.a.v. dhr. Oosterweg 12, 7411 AB Deventer",
    "Afspraak morgen om acht uur bij de Dr. Kuyperlaan, achterom.",
    "De training is in het Dr. Ariënshuis in Utrecht.",
])
def test_a_street_or_a_doctors_building_stays_out(text: str) -> None:
    assert not {"Oosterweg", "Kuyperlaan", "Ariënshuis"} & set(found(text, "PERSON", "nl"))
