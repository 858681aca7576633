"""PERSON: a form's name label reaches its value across a dot leader ("Achternaam ......
Tahiri") and past an aside on how to write it ("Naam (blokletters)", "Surname (as in
passport)"); an aside that names another name ("Naam (bedrijf)") does not. Cases written
here; identifiers-34 showed the kind."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("AANMELDING\nAchternaam ............ Warsame\nGeboortedatum ......... 02-03-1991\n", "nl",
     "Warsame"),
    ("Name of employee ...... Okonjo\nDepartment .......... Logistics\n", "en", "Okonjo"),
    ("Achternaam ………… Doelwijt\nWoonplaats ………… Almere\n", "nl", "Doelwijt"),
])
def test_a_dot_leader_joins_a_name_label_to_its_value(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    (("#  Naam (blokletters)      Functie\n1  K. KOWALCZYK            sjorder\n"
     "2  MEIJER R.               kraanmachinist\n"), "nl", "KOWALCZYK"),
    ("Surname (as in passport): OKONJO\nGiven names: Chiamaka\n", "en", "OKONJO"),
    ("Achternaam (zoals in paspoort):  Warsame\nVoornamen:  Abdi\n", "nl", "Warsame"),
])
def test_a_written_form_aside_keeps_the_name_label(text: str, lang: str, name: str) -> None:
    assert any(name in n for n in _names(text, lang))


def test_an_aside_naming_another_name_is_no_person_label() -> None:
    text = "Naam (bedrijf): Doelwijt Infra\nKvK: 12345678\n"
    assert _names(text) == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    # an office before a surname with two particles: a surname, not the office's seat
    ("De nieuwe crewlijst gaat naar kapitein Van der Veen op de Noordzee.", "nl", "Van der Veen"),
    ("Wethouder Van den Broek opent de banenmarkt.", "nl", "Van den Broek"),
    # a ship's master's abbreviated rank is a title
    ("Kapt. R. de Boer-Kramer gaat 15/12 van boord.", "nl", "R. de Boer-Kramer"),
    ("Best regards,\nCapt. Sigurd Amundsen\nMaster", "en", "Sigurd Amundsen"),
])
def test_an_office_or_rank_before_a_surname(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize("text", [
    "Minister Van Financiën opent het congres.",  # one particle and a seat: the office
    "De burgemeester van Utrecht opent de banenmarkt.",
])
def test_an_office_before_its_seat_is_no_person(text: str) -> None:
    assert _names(text) == []
