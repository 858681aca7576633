""""Oude" opens Twente and Achterhoek surnames as a particle ("Oude Elferink"); in lower case,
or after another particle, it is the adjective."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Contact: Sanne Oude Nijhuis, teamleider", "Sanne Oude Nijhuis"),
    ("Gisteren sprak ik met Gerrit Oude Elferink over zijn uren.", "Gerrit Oude Elferink"),
    ("Getekend: mr. J.H. Oude Groeniger, directeur", "J.H. Oude Groeniger"),
    ("Partner: Marieke Jansen-Oude Hengel, 06-12345678", "Marieke Jansen-Oude Hengel"),
])
def test_oude_opens_a_surname(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "We lopen langs de Oude Kerk naar de Oude Markt.",
    "Hij woont sinds maart in Oude Pekela.",
    'Het uitje is in recreatiepark "De Oude Molen" bij Ommen.',
])
def test_the_adjective_stays_no_name(text: str) -> None:
    assert found(text, "PERSON") == []
