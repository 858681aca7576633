"""Special categories: help given, not a belief or a condition held.

- A faith community's place or feast under a CV's volunteering heading is where the person
  helps ("Vrijwilligerswerk: taalles in het buurthuis van de moskee"), their faith only with
  an office or a member's word beside it ("Ouderling", "our congregation"); under another own
  heading the rules of before stand.
- A board seat, an office or volunteer work for a patients' association is a role held for a
  cause; being a member since one's own diagnosis is the member's health.

Cases written here (names and places invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.found import special_in_file

_CV = "Curriculum vitae\n{name}\n\n{heading}\n- {line}\n"


@pytest.mark.parametrize(("heading", "line"), [
    ("Vrijwilligerswerk", "Suikerfeest organiseren in het buurthuis (2019 - heden)"),
    ("Vrijwilligerswerk", "Koffieschenker bij de inloop van de katholieke parochie"),
    ("Volunteer work", "Food bank helper at the Catholic parish (2018 - present)"),
    ("Volunteering", "Iftar dinners for neighbours at the community centre, Ramadan 2023"),
])
def test_help_under_a_volunteering_heading_states_no_belief(
        tmp_path: Path, heading: str, line: str) -> None:
    text = _CV.format(name="Joep Meulendijks", heading=heading, line=line)
    assert "SPECIAL_RELIGION" not in special_in_file(tmp_path, "cv.txt", text)


@pytest.mark.parametrize(("heading", "line"), [
    ("Vrijwilligerswerk", "Ouderling in de Protestantse Gemeente Nunspeet (2019 - heden)"),
    ("Volunteer work", "Elder of our congregation, St Aidan's parish (2018 - present)"),
    ("Lidmaatschappen", "Lid van de Hervormde Gemeente Elspeet"),
])
def test_an_office_or_a_membership_of_the_community_states_it(
        tmp_path: Path, heading: str, line: str) -> None:
    text = _CV.format(name="Joep Meulendijks", heading=heading, line=line)
    assert "SPECIAL_RELIGION" in special_in_file(tmp_path, "cv.txt", text)


@pytest.mark.parametrize("line", [
    "Treasurer of the regional Epilepsy patients' association (2016 - 2020)",
    "Board member, Asthma Fund regional branch (2019 - 2022)",
    "Bestuurslid van de Diabetesvereniging, afdeling Oost",
])
def test_an_office_in_a_patients_association_states_no_health(tmp_path: Path, line: str) -> None:
    text = _CV.format(name="Joep Meulendijks", heading="Volunteer work", line=line)
    assert "SPECIAL_HEALTH" not in special_in_file(tmp_path, "cv.txt", text)


def test_a_member_since_their_own_diagnosis_states_it(tmp_path: Path) -> None:
    text = _CV.format(name="Joep Meulendijks", heading="Other",
                      line="Member of the Epilepsy patients' association since my diagnosis "
                           "in 2015")
    assert "SPECIAL_HEALTH" in special_in_file(tmp_path, "cv.txt", text)
