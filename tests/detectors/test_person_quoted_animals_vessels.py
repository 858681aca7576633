"""PERSON: an animal, a boat or a machine people give a person's name, in quotes after its
noun ('pony "Sientje"', 'de veerboot "Johanna"', 'shredder machine "Klaas"', a compound's
last part too: "waakhond", "plezierjacht"), or with a number inside the quotes ('kraan "Henk
III"'), is no person. Bare, after a noun for a person, the name stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ('Op de zorgboerderij is pony "Sientje" kreupel, de dierenarts komt dinsdag.', "nl"),
    ('De waakhond "Bram" blaft bij elke levering aan de achterpoort.', "nl"),
    ('Morgen vaart het plezierjacht "Johanna" niet uit wegens storm.', "nl"),
    ('The shredder machine "Klaas" broke down again on the night shift.', "en"),
    ('Kraan "Henk III" staat stil tot de monteur is geweest.', "nl"),
    ('Our office cat "Mientje" has a new basket by the printer.', "en"),
])
def test_a_named_animal_boat_or_machine_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ('Kandidaat "Bram" belde terug over de dienst.', "Bram"),
    ("De hond van Tessa Wijnands is ziek, zij werkt thuis.", "Tessa Wijnands"),
])
def test_a_person_stays(text: str, name: str) -> None:
    assert name in _names(text)
