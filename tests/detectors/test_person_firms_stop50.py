"""PERSON: firms and care centres named after people, and the name a person goes by
(stop 50). An owner's firm by its English trade word ("Brinkman Foods B.V.", "Van Dam
Engineering"), a brothers' firm ("Gebr. Hazenberg"), a care centre ("Zorgcentrum Johannes
de Deo") are no person; the people beside them stay. "Known as: Joop" names a person.
Texts written for these tests; names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> set[str]:
    return {text[d.start : d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"}


@pytest.mark.parametrize(("text", "firm", "person"), [
    ("Thanks!\nLotte\n\nLotte Verhagen | HR officer | Brinkman Foods B.V. | 0342 41 88 20\n",
     "Brinkman", "Lotte Verhagen"),
    ("Opdrachtgever: Transportbedrijf Gebr. Hazenberg, Meppel\nContact: Henk Smit\n",
     "Hazenberg", "Henk Smit"),
    ("Marieke Bos werkte tot 31/10 bij Zorgcentrum Johannes de Deo in Zwolle.\n",
     "Johannes de Deo", "Marieke Bos"),
    ("Kees Vermeer is placed at Van Dam Engineering in Rotterdam since May.\n",
     "Van Dam", "Kees Vermeer"),
])
def test_a_firm_named_after_people_is_no_person(text: str, firm: str, person: str) -> None:
    people = _people(text)
    assert not any(firm in p for p in people), people
    assert person in people


def test_the_name_a_person_goes_by() -> None:
    text = ("ID check\n  Name on document : VAN DER LINDEN, Joost Pieter\n"
            "  Known as         : Joop\n  Date of birth    : 11 OCT 1958\n")
    assert "Joop" in _people(text, "en")


@pytest.mark.parametrize(("text", "call"), [
    ('Naam / Név: Szabó László ("Laci")\nGeboortedatum: 1983.03.19\n', "Laci"),
    ("Mijn kamergenote Kristina (wij zeggen Krisi) neemt haar vriend mee.\n", "Krisi"),
    ("Kandidaat: Pieter Jansen (roepnaam: Piet), start maandag.\n", "Piet"),
])
def test_the_name_a_person_goes_by_in_brackets(text: str, call: str) -> None:
    assert call in _people(text)


@pytest.mark.parametrize("text", [
    "Jan Smit (Nederland) heeft gebeld over zijn rooster.\n",
    "Sanne de Vries (Planning) belt morgen terug.\n",
])
def test_a_note_in_brackets_after_a_name_is_no_name(text: str) -> None:
    assert len(_people(text)) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Passenger: AYDIN/EMRE MR\nDate of birth: 05DEC1997\n", "AYDIN/EMRE"),
    ("PAX 1: DE VRIES/ANNA MARIA MS  seat 14C\n", "DE VRIES/ANNA MARIA"),
])
def test_a_passenger_as_an_airline_books_the_name(text: str, name: str) -> None:
    assert name in _people(text, "en")


@pytest.mark.parametrize("text", [
    "Geboortedatum  12 MRT/MAR 1990   Geldig tot 01 JUN/JUN 2031\n",
    "Afdeling HR/ICT, documenten DNI/NIE\n",
])
def test_months_and_codes_with_a_slash_are_no_passenger(text: str) -> None:
    assert _people(text) == set()
