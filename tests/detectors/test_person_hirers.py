"""PERSON: a staffing firm's hirer ("inlener") is a firm, named after a person or not
("inlener Marijke Vos Oss"), and a union of firms or services is one too ("Bedrijfsarts:
Kiemer Unie"); the people named beside them stay people."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "people"), [
    ("Twee chauffeurs starten maandag bij inlener Hendrix Genemuiden.", []),
    ("Factuur week 12 naar inlener Marijke Vos Oss, t.a.v. mevr. De Groot.", ["De Groot"]),
    ("Bedrijfsarts: Kiemer Unie (dr. Bosman)", ["Bosman"]),
    ("Dhr. Kees Smit belt morgen over het rooster.", ["Kees Smit"]),
])
def test_hirers_and_unions_are_firms(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people


@pytest.mark.parametrize(("text", "people"), [
    # a grower's greenhouse named after its owner
    ("Wie kan morgen naar Kas Van Dijk? Ze missen er drie. Groet, Ilona Brink", ["Ilona Brink"]),
    # the Amsterdam cancer hospital as an employer
    ("Huidige werkgever: Antoni van Leeuwenhoek (ziekenhuis), afdeling inkoop", []),
])
def test_greenhouses_and_a_hospital_named_after_people(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people
