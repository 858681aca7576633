"""PERSON: a surname after an office or a predicate of nobility (data/person.toml ``offices``),
capitalised at a sentence's start or small inside one, Dutch and English; the office before
a lower-case particle names its place or department, not a person (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Burgemeester Halsewijn opende de nieuwe vestiging.", "nl", ["Halsewijn"]),
    ("Na de opening door burgemeester Aboutalib volgde een rondleiding.", "nl", ["Aboutalib"]),
    ("Wethouder Kramers sprak de gasten toe.", "nl", ["Kramers"]),
    ("Staatssecretaris Van Arkel was verhinderd.", "nl", ["Van Arkel"]),
    ("Jonkheer Den Beer opende het symposium; barones Schimmelhoek sloot af.", "nl",
     ["Den Beer", "Schimmelhoek"]),
    ("Pastoor Vermolen en dominee Okkinga zegenden het pand.", "nl", ["Vermolen", "Okkinga"]),
    ("Mayor Okonjo welcomed the staff and Councillor Brennagh thanked the team.", "en",
     ["Okonjo", "Brennagh"]),
    ("The address by Senator Whitfeld was short.", "en", ["Whitfeld"]),
    ("Het verslag is opgesteld door kolonel Hazenberg.", "nl", ["Hazenberg"]),
])
def test_a_surname_after_an_office(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("De burgemeester van Amsterdam opende de beurs.", "nl"),
    ("Staatssecretaris van Justitie en Veiligheid schreef een brief.", "nl"),
    ("Wethouder Onderwijs en Jeugd is verantwoordelijk.", "nl"),
    ("The Mayor of London opened the office.", "en"),
])
def test_an_office_before_its_place_is_no_name(text: str, lang: str) -> None:
    assert _names(text, lang) == []
