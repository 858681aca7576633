"""PERSON: a yard, a marine service or a glassworks named after its founder is a firm
(issue #14, stop 76): "Jachtwerf <name>", "Scheepswerf <name>" (person.toml
org_before_suffixes), "<name> Marine", "<name> Bootswerft" (trade_after,
firm_after), also where the surname repeats a person the text names in full. The person
stays. Synthetic names."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "firm"), [
    ("Maandag melden bij Jachtwerf Pieter Hiddema in Workum, om 7 uur.", "nl", "Hiddema"),
    ("Onderwerp: start bij Scheepswerf Van Leeuwarden Kruk?", "nl", "Kruk"),
    ("Regards,\nGraham Pettifer\nPettifer Marine Services, Yerseke", "en", "Pettifer Marine"),
    ("Subject: carpenters for Brockmann Bootswerft, Emden - June", "en", "Brockmann"),
    ("Met vriendelijke groet,\nAnja Terpstra\nTerpstra Legal B.V.", "nl", "Terpstra Legal"),
    ("Het snoeiwerk doet Terpstra Groenvoorziening, zegt Anja Terpstra.", "nl", "Terpstra"),
    ("Opdrachtgever: Taxatiebureau Terpstra, Sneek. Contact: Anja Terpstra", "nl", "Terpstra"),
])
def test_a_yard_or_glassworks_after_its_founder_is_no_person(text: str, lang: str,
                                                             firm: str) -> None:
    people = [n for n in _names(text, lang) if n not in ("Anja Terpstra", "Graham Pettifer")]
    assert not any(firm in n or n in firm.split() for n in people), people


@pytest.mark.parametrize(("text", "name"), [
    ("Graham Pettifer belt morgen over de werf.", "Graham Pettifer"),
    ("De glassnijder Anja Terpstra start maandag.", "Anja Terpstra"),
    ("Gisteren belde Piet Glas over zijn rooster.", "Piet Glas"),
    # a surname that ends like a yard's word
    ("Contactpersoon: Wout Verwerf, 06 18 27 36 45\nVerwerf belt terug.", "Wout Verwerf"),
])
def test_the_person_stays(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Ze heeft havenervaring in Rotterdam, aan de Willem Barentszhaven.",
    "Ons kantoor aan de Bonifaciushaven is verhuisd.",
])
def test_a_harbour_named_after_someone_is_no_person(text: str) -> None:
    # (person.toml org_suffixes "haven": a harbour, as "-straat" a street)
    assert _names(text) == []
