"""Surnames that end as a building's, a road's or a trade's name does ("-huis", "-kerk",
"-dijk"): deeper in the surname lists than the gazetteer, they are no organisation word."""

from __future__ import annotations

import pytest

from detectors.person_names import is_known, read_names, suffixed_surnames
from detectors.person_places import area_towns, places_nl
from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Naam: Nadia Veenhuis\nFunctie: schoonmaker", "Nadia Veenhuis"),
    ("Gisteren belde Gerrit Kloosterhuis over zijn rooster.", "Gerrit Kloosterhuis"),
    ("Volgens mevr. Stegehuis klopt het rooster niet.", "Stegehuis"),
    ("Medewerker: Anja Bakker-Brummelhuis", "Anja Bakker-Brummelhuis"),
    ("Terugbellen: mevr. Wilma Zandhuis (moeder van Tom)", "Wilma Zandhuis"),
    ("Contact: Sanne Grootenhuis, teamleider", "Sanne Grootenhuis"),
    ("Tom Visschedijk neemt de nachtdienst over.", "Tom Visschedijk"),
])
def test_a_suffixed_surname_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Bouwbedrijf Veenhuis B.V. zoekt timmerlieden.",
    "Zorgcentrum Veenhuis zoekt nachtdiensten.",
    "Ik woon aan de Kerklaan 12 in Hengelo.",
    "De dienst in de Nieuwkerk begint om tien uur.",
    "De bus rijdt vanaf de Zuidweg naar het station.",
])
def test_the_building_or_road_stays_no_name(text: str) -> None:
    assert found(text, "PERSON") == []


def test_the_list_holds_no_place_road_or_gazetteer_name() -> None:
    listed = read_names("suffixed_surnames.txt")
    assert len(listed) > 100
    assert listed == suffixed_surnames()
    assert not {w for w in listed if is_known(w)}
    assert not listed & (area_towns() | places_nl())
    assert not {w for w in listed if w.lower().endswith(("weg", "laan", "straat", "plein"))}
