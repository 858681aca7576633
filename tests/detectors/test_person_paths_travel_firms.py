"""PERSON: a footpath or an avenue named after a person, glued to its word ("Jan Wolkerspad",
"Wim Sonneveldallee", after initials too: "M.C. Escherpad"), is a street; a travel or coach
firm's word after a name ("Heidezicht Reizen", "Brinkman Tours") makes it the firm, and
the firm's name alone later is no person either. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Het chalet aan het Jan Wolkerspad is vanaf zaterdag vrij.", "nl"),
    ("De lantaarns (M.C. Escherpad) doen het weer.", "nl"),
    ("Huisnummers 2 en 4 (Anton Pieckpad) zijn klaar.", "nl"),
    ("Ze woont aan de Wim Sonneveldallee 4 in Utrecht.", "nl"),
    ("De reis loopt via Heidezicht Reizen; Heidezicht stuurt de factuur.", "nl"),
    ("We booked the coach with Brinkman Tours for the whole week.", "en"),
])
def test_a_path_or_a_travel_firm_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Arpad belde over zijn rooster.", "Arpad"),
    ("Gesprek met Johan Reizenstein over de planning.", "Johan Reizenstein"),
])
def test_a_person_stays(text: str, name: str) -> None:
    assert name in _names(text)
