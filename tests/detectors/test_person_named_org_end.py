"""PERSON: a house, a prize or an award named after someone in full ("de Hendrik Lorentz
Prijs", "het Maria Montessori Huis", a cut that keeps only "Montessori Huis") is no person:
the organisation's word ends two name words or more, counting the name words right before
the cut on its line. A person whose surname is such a word stays one ("Jan Huis", "Kees
Jan Huis"), and so do surnames that end on a street's or a hall's word after a particle or
a hyphen ("Jeroen van der Laan", "Ruud van Hal", "Ilse Dekker-Sluis"). Cases written
here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize("text", [
    "Met zijn team won hij vorig jaar de Hendrik Lorentz Prijs voor het beste ontwerp.",
    "Ze werkte vier jaar als begeleider in het Maria Montessori Huis in Zwolle.",
    "Schuldhulp | Maria Montessori Huis | Deventer",
    "She received the Mary Seacole Award for her work on the ward.",
])
def test_a_house_or_a_prize_named_after_someone_is_no_person(text: str) -> None:
    assert found(text, "PERSON", "en" if "She" in text else "nl") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Gisteren belde Jan Huis over zijn rooster.", "Jan Huis"),
    ("Kees Jan Huis belde over de planning.", "Kees Jan Huis"),
    ("Contactpersoon: Jeroen van der Laan, afdeling inkoop.", "Jeroen van der Laan"),
    ("De planning doet Ruud van Hal (groenteam).", "Ruud van Hal"),
    ("Jobcoach: Ilse Dekker-Sluis", "Ilse Dekker-Sluis"),
])
def test_a_person_with_such_a_surname_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
