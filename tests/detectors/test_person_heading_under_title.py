"""PERSON (issue #14, stop 69): the name in capitals that heads a CV or a profile is found
under the document's title too ("Curriculum Vitae" above "MEERA THIRUVENGADAM": person.toml
heading_titles), as it is on the first line. A heading of words under a title stays no
one. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Curriculum Vitae\nMEERA THIRUVENGADAM\nBusiness Analyst | Amersfoort",
     "MEERA THIRUVENGADAM"),
    ("RESUME:\nTOMASZ GRZYBKOWSKI\nWarehouse lead, Venlo", "TOMASZ GRZYBKOWSKI"),
    ("MEERA THIRUVENGADAM\nBusiness Analyst | Amersfoort", "MEERA THIRUVENGADAM"),
])
def test_a_name_heading_a_cv_under_its_title(text: str, name: str) -> None:
    assert name in found(text, "PERSON", "en")


def test_a_heading_of_words_under_a_title_is_no_one() -> None:
    assert found("Curriculum Vitae\nWORK EXPERIENCE\nWarehouse lead, Venlo", "PERSON", "en") == []
