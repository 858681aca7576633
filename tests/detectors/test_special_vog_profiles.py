"""SPECIAL_HEALTH: a VOG's screening profile and its areas name the risks of a job
("Screeningsprofiel: 45 (zorg), functieaspect 84 (omgaan met medicijnen)"), not the
health of the person it is asked for; a health statement in a field of the same record
stays one."""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, lang: str) -> list[str]:
    return [d.entity for d in detect(text, lang, document=True) if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize(("text", "lang"), [
    (("Naam: Priya Ramdin\nFunctie: apothekersassistent\n"
      "Screeningsprofiel: 45 (zorg), functieaspect 84 (omgaan met medicijnen)\n"
      "VOG afgegeven door Justis.\n"), "nl"),
    ("Naam: Priya Ramdin\nScreeningsgebieden: gezondheidszorg en welzijn, omgaan met medicijnen\n",
     "nl"),
    ("Name: Priya Ramdin\nScreening profile: care (45), handling of medication\n", "en"),
])
def test_a_vog_screening_profile_names_no_ones_health(text: str, lang: str) -> None:
    assert _special(text, lang) == []


def test_a_health_statement_in_the_same_record_stays_one() -> None:
    text = ("Naam: Priya Ramdin\nScreeningsprofiel: 45 (zorg)\n"
            "Bijzonderheden: gebruikt medicijnen tegen epilepsie\n")
    assert _special(text, "nl") == ["SPECIAL_HEALTH"]
