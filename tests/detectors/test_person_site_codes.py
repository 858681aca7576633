"""PERSON: capitals of three letters or more without stops before a town are a site's code
("MDF Tilburg", "NOC Breda": a network's sites), not a person's initials and surname; and
once no name there, the town elsewhere in the text stays a town. Initials with stops before
a town that is a surname too stay a name. Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize("text", [
    ("- Bas belt morgen met MDF Tilburg over de storing, Jeroen gaat mee.\n"
     "Werkorders regio Zuid (Breda/Tilburg/Oosterhout)\n"),
    "Graag een sleutel voor NOC Breda regelen, Anouk brengt hem terug.\n",
])
def test_capitals_before_a_town_are_a_site(text: str) -> None:
    assert not {"MDF Tilburg", "Tilburg", "NOC Breda", "Breda"} & set(
        found(text, "PERSON", "nl"))


def test_initials_with_stops_before_a_town_stay_a_name() -> None:
    assert "J.P. Breda" in found("Gesprek met J.P. Breda over zijn uren.", "PERSON", "nl")
