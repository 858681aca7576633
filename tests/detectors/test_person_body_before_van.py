"""PERSON (issue #14, stop 69): a body of an organisation written as its acronym before "van"
(person.toml body_acronyms: "bij HR van Veldhoek", "naar de FG van Bouwgroep-Noord", "bij de
KCC van Lansingerland") is that organisation's department, not a person's initials and surname.
Initials that are no body's acronym before "van" stay a name ("AB van Dijk"). Cases written
here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize("text", [
    "Marco gaat dit navragen bij HR van Veldhoek.",
    "Stuur het naar de FG van Bouwgroep-Noord.",
    "Misschien bij de KCC van Lansingerland, daar zoeken ze iemand.",
    "Ik adviseer HR van Veldhoek om haar zelf te informeren.",
])
def test_a_body_of_an_organisation_is_no_one(text: str) -> None:
    assert not any("van" in n for n in found(text, "PERSON"))


def test_initials_before_van_stay_a_name() -> None:
    assert "AB van Dijk" in found("AB van Dijk belt morgen over de planning.", "PERSON")
