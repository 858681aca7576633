"""PERSON (issue #14, stop 69): a Dutch place that is a first name too (data/names/places_nl:
"Horst", "Melle", "Heino"), followed by a quarter ("Oost", "West", "Noord", ...), is that
place's part, as "Diemen Zuid" is: "eerst naar Heino Noord", "-> Melle West" name no one. A
first name that is no place before a quarter's word stays a name ("Sanne West"). Cases
written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "place"), [
    ("Busje uit Poznań: eerst naar Heino Noord, daarna door naar Zwolle.", "Heino Noord"),
    ("Adres na aankomst -> Melle West, sleutel bij de beheerder.", "Melle West"),
])
def test_a_place_and_its_quarter_is_no_one(text: str, place: str) -> None:
    assert not any(place.split()[0] in n for n in found(text, "PERSON"))


def test_a_first_name_before_a_quarters_word_stays_a_name() -> None:
    assert "Sanne West" in found("Overleg met Sanne West over het rooster.", "PERSON")
