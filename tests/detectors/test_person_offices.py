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


# (text, lang, the office's department, place or country, which is no one's name)
@pytest.mark.parametrize(("text", "lang", "seat"), [
    ("Namens de staatssecretaris Toeslagen antwoord ik.", "nl", "Toeslagen"),
    ("Het gesprek met de consul Marokko verliep goed.", "nl", "Marokko"),
    ("De burgemeester Rotterdam besloot.", "nl", "Rotterdam"),
    ("De senator Amerika bezocht.", "nl", "Amerika"),
    ("The ambassador Programme Office wrote.", "en", "Programme"),
    ("Volgens de notaris Notariskantoor Smit is het rond.", "nl", "Notariskantoor"),
    ("Wethouder Financiën De Boer opende.", "nl", "Financiën"),
    ("De kolonel Polen bezocht de kazerne.", "nl", "Polen"),
    # a capitalised particle before a department or a place, read as a lower-case one
    ("Minister Van Financiën stuurde een brief.", "nl", "Financiën"),
    ("Wethouder Van Onderwijs opende.", "nl", "Onderwijs"),
    ("Burgemeester Van Utrecht opende.", "nl", "Utrecht"),
])
def test_an_office_before_its_seat_names_no_one(text: str, lang: str, seat: str) -> None:
    assert not [d for d in detect(text, lang) if d.entity == "PERSON"
                and seat in text[d.start:d.end]]


@pytest.mark.parametrize(("text", "name"), [
    ("Staatssecretaris Van Arkel opende.", "Van Arkel"),
    ("De burgemeester Halsema opende de vergadering.", "Halsema"),
    ("De wethouder Jansen sprak.", "Jansen"),
])
def test_an_office_before_a_surname_still_titles_it(text: str, name: str) -> None:
    assert name in [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


# (text, the names a predicate of nobility titles, their particle kept)
@pytest.mark.parametrize(("text", "names"), [
    ("Jonkheer van Lennep opende.", ["van Lennep"]),
    ("Baron van Heeckeren en barones van Zuylen.", ["van Heeckeren", "van Zuylen"]),
    ("De jonkvrouw van Haersma schreef terug.", ["van Haersma"]),
])
def test_a_predicate_of_nobility_titles_the_whole_name(text: str, names: list[str]) -> None:
    found = [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]
    assert all(any(f.endswith(n) for f in found) for n in names)


@pytest.mark.parametrize("text", [
    "De Koning sprak het land toe.",
    "De Paus bezocht Rome vorige week.",
    "Kamer vol. De Rechter besliste snel.",
])
def test_an_article_and_an_office_opening_a_sentence_are_no_particle_surname(text: str) -> None:
    assert not [d for d in detect(text, "nl") if d.entity == "PERSON"]


def test_a_particle_surname_of_an_office_seen_in_full_still_repeats() -> None:
    text = "Aanwezig: Piet de Koning.\nDe Koning belt terug."
    found = [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]
    assert found == ["Piet de Koning", "De Koning"]
