"""A label that introduces a person ("Aan:", "Van:", "Contactpersoon:") before a word that
is a team, a desk or a department ("Aan: Salarisadministratie", "Van: Servicedesk"): no
person. A surname after the same label stays a name, however ordinary its words: one on
the name lists that is also a word ("Bakker"), one with a particle ("Van der Meer") and an
unlisted one that reads like two short words ("Warsame"). All names synthetic; texts
written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Van: Karin Smit <k.smit@flexpunt.nl>\nAan: Loonadministratie\nOnderwerp: uren\n",
        "Aan: Beveiligingsafdeling Schiphol\nBetreft: pasaanvraag\n",
        "Van: Crewing <crewing@flexpunt.nl>\nAan: Karin Smit\n",
        "Contactpersoon: Projectleiding, toestel 210\n",
        "From: Servicedesk <servicedesk@flexpunt.nl>\nTo: Karin Smit\n",
    ],
)
def test_a_desk_after_a_person_label_is_no_person(text: str) -> None:
    found = _names(text)
    assert found in ([], ["Karin Smit"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aan: Bakker <m.bakker@flexpunt.nl>\nOnderwerp: rooster\n", "Bakker"),
        ("Contactpersoon: Van der Meer, 06-12345678\n", "Van der Meer"),
        ("Aan: Warsame\nOnderwerp: evaluatie cohort 3\n", "Warsame"),
        ("Naam: Doelwijt\nFunctie: planner\n", "Doelwijt"),
        ("Van: Roos\nAan: Ingrid\n", "Roos"),
    ],
)
def test_a_surname_after_the_same_label_stays_a_name(text: str, name: str) -> None:
    assert name in _names(text)
