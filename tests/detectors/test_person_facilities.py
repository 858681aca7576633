"""PERSON: a pool, a sports hall, a sports complex, a holiday park or a housing block named
after someone ("Zwembad Anton Geesink", "Sporthal Dr. Wibaut", "Vakantiepark Hendrik Hamer",
"complex Karel van Mander") is a place, not a person; a name a table sets in the column after
such a place (two spaces or more between) is the person's. Cases written here; names
synthetic or of the namesakes only."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(
    "text",
    [
        "Urenexport week 12 - Zwembad Anton Geesink, Utrecht",
        "Locatie: Sportcomplex Dr. Wibaut, Amsterdam-Oost",
        "Rooster Klimhal Hendrik Kok: za 9-13 en zo 10-14",
        "Start 1 april bij Vakantiepark Hendrik Hamer in Ouddorp.",
        # an apartment block or a housing complex (stop 66)
        "Storingen lift - complex Karel van Mander, Deventer",
        "Opdrachtgever: Woonstichting Oost (flat Hendrik Marsman)",
        "Lift defect in residentie Hella Haasse, blok C.",
    ],
)
def test_a_facility_named_after_someone_is_no_person(text: str) -> None:
    assert found(text, "PERSON", "nl") == []


def test_a_name_in_the_column_after_a_facility_is_a_person() -> None:
    text = ("Datum       Tijd         Vak           Lokaal     Surveillant\n"
            "12-05-2026  09:00-11:00  Wiskunde B    Sporthal   Noor Verbeek\n"
            "12-05-2026  13:30-15:30  Engels        Aula       Sem Dijkstra\n")
    assert "Noor Verbeek" in found(text, "PERSON", "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Volgende week starten twee monteurs op de bouwplaats in Amersfoort Vathorst.",
        "WEEKLY REPORT - FTTH Dordrecht Sterrenburg phase 2 - week 48",
    ],
)
def test_a_town_and_its_district_is_no_person(text: str) -> None:
    assert found(text, "PERSON", "nl") == []


def test_a_town_that_is_a_surname_too_stays_a_name_before_a_surname() -> None:
    # "Breda" is a surname as well: a name's first part here, read as such before
    assert "Breda Jansen" in found("Gisteren belde Breda Jansen over de planning.", "PERSON",
                                   "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Invalwerk bij IKC Anne de Vries in Zwolle, groep 3.",
        "Conciërge gezocht voor CSG Johannes Calvijn, locatie Oost.",
    ],
)
def test_a_school_after_its_capitals_is_no_person(text: str) -> None:
    assert found(text, "PERSON", "nl") == []


def test_initials_before_a_surname_stay_a_person() -> None:
    assert "JP de Vries" in found("Gesproken met JP de Vries over de invalrooster.", "PERSON",
                                  "nl")
