"""Under a person's field, a first name and a surname that ends as a building's or a road's
name does ("-huis", "-kerk", "-dijk") are a person; a school or a hospital stays one."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Naam: Pieter Wolterinkhuis\nFunctie: heftruckchauffeur", "Pieter Wolterinkhuis"),
    ("Naam: Sanne Hoogkerk-Jansen\nGeboortedatum: 02-05-1991", "Sanne Hoogkerk-Jansen"),
    ("Medewerker: Bas Nijkerk-Smit\nAfdeling: expeditie", "Bas Nijkerk-Smit"),
    ("Kandidaat: Ilse Stroetinghuis, 34 jaar", "Ilse Stroetinghuis"),
])
def test_a_fielded_suffix_surname_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Naam: Anna Paulownaschool\nAdres: Schoolstraat 1",
    "Adres: Pieter Calandlaan 12, 1069 KL Amsterdam",
    "Werkgever: Jan Ligthartschool",
])
def test_a_school_or_a_road_stays_no_name(text: str) -> None:
    assert found(text, "PERSON") == []
