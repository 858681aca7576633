"""PERSON (stop 74): Irish first names and surnames (names-dataset's Ireland list,
detectors/data/make_names.py) beside a surname or a first name nobody else's list holds,
and a rebuild of the lists that keeps the first names ending as a firm's short suffix does
("Vishal", "Kaushal": "-hal" ends "Sporthal" too). A place of the Netherlands that is an
Irish first name too ("Breda") stays a place. Cases written here; names made up."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_names import first_names


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name", "lang"), [
    ("De nieuwe planner, Eoin Kavanagh, begint maandag in Venlo.", "Eoin Kavanagh", "nl"),
    ("Reference given by Grainne Dolan, her team lead in Cork.", "Grainne Dolan", "en"),
    ("Vandaag gesproken met Cathal Whelan over zijn rooster.", "Cathal Whelan", "nl"),
])
def test_an_irish_name_is_a_name(text: str, name: str, lang: str) -> None:
    assert name in _names(text, lang)


def test_first_names_on_a_short_firm_suffix_stay_listed() -> None:
    listed = first_names()
    assert {"Vishal", "Kaushal", "Harshal", "Arij"} <= listed
    assert not {"Stichting", "Breda"} & listed


def test_breda_in_an_address_is_a_town() -> None:
    assert _names("Wij zijn verhuisd naar Ginnekenweg 12, 4818 JE Breda.") == []
