"""PERSON: places and firms that read as names (person.py _org_around, data/person.toml):
a country of more than one word and its adjective, a street abroad by its head word, a
street that runs on past a titled name's particle, a shop or a factory by its owner's
name, a firm by its founder's whole name and its trade. Cases written here, in the shapes
of registration forms, addresses and mails; the blind sets that showed the kinds are
scored by make eval."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "place"), [
    # a country of two words, and its adjective with the last word's ending
    ("Geboren in Sri Lanka, sinds 2019 in Nederland.", "nl", "Sri Lanka"),
    ("He holds a Sri Lankan passport, renewed last year.", "en", "Sri Lankan"),
    ("We hebben een Costa Ricaanse collega in het magazijn.", "nl", "Costa Ricaanse"),
    ("Two San Marinese students asked about summer work.", "en", "San Marinese"),
    # a street abroad, by its head word in the language of its country
    ("Adres thuisland: Ulica Jana Kochanowskiego 4, 80-001 Gdańsk", "nl", "Jana"),
    ("Domicilio: Calle Ramón García 5, 28001 Madrid", "nl", "Ramón García"),
    ("Home address: Strada Ion Creangă 12, Iași, Romania", "en", "Ion Creang"),
    ("Morada: Rua Joana Sousa 8, 4000-100 Porto", "nl", "Joana Sousa"),
    ("Postadres: ul. Stefana Żeromskiego 3/5, Lublin", "nl", "Stefana"),
    # a street that runs on past the particle of a titled name
    ("Huisvesting (Leeuwarden, Prof. Van der Meulen van Hoornlaan 12)", "nl", "Meulen"),
    # a shop, a studio or a factory by its owner's or its place's name
    ("Orderpicker bij Meubelboulevard Kees Brouwer in Alkmaar.", "nl", "Kees Brouwer"),
    ("Montage via Keukenstudio Hendriksen, showroom aan de Markt in Weert.", "nl",
     "Hendriksen"),
    ("Werkt bij: Stoelen Fabriek Hendrik Wester, afdeling spuiterij", "nl", "Hendrik Wester"),
    ("Retour pallets ophalen bij Leen Bakker in Beverwijk.", "nl", "Leen Bakker"),
    # a firm abroad by its head word, before its founder's name
    ("2015 - 2019  Driver, Transportes Oliveira, Braga (family firm)", "en", "Oliveira"),
    ("Werkgever: Agencja Pracy Nowicka, Lublin", "nl", "Nowicka"),
    ("Bricklayer for Bauunternehmen Huber near Linz, three seasons.", "en", "Huber"),
    # a whole name before a capitalised trade's word: the firm that bears it
    ("2019 - 2022  |  Piet van Dalen Logistics, Tiel\n", "nl", "Piet van Dalen"),
    ("Referent: mw. Oosterbaan (Henk Wessels Distributie)", "nl", "Henk Wessels"),
])
def test_a_place_or_a_firm_is_no_person(text: str, lang: str, place: str) -> None:
    assert not [n for n in _names(text, lang) if place in n or n in place]


@pytest.mark.parametrize(("text", "lang", "person"), [
    # a person from a hospital or a school, after "van het", "van de"
    ("Piet de Boer van het Maasziekenhuis belde over de dienst.", "nl", "Piet de Boer"),
    ("Gesprek met Anouk Verbeek van de Lindeschool over de stage.", "nl", "Anouk Verbeek"),
    # a titled person whose surname has two particles
    ("Afspraak met Prof. Van der Hoeven van Genderen over het rooster.", "nl",
     "Van der Hoeven"),
    # a first name that opens no country
    ("Sri Wahyuni werkt sinds maart in de spoelkeuken.", "nl", "Sri Wahyuni"),
    # the studio's person, named as a person is
    ("Fotograaf Sanne Hermans van de studio mailt de foto's.", "nl", "Sanne Hermans"),
    # a trade's word in lower case: the person's job
    ("Gisteren belde Sanne de Vries logistiek medewerker over haar rooster.", "nl",
     "Sanne de Vries"),
])
def test_people_beside_places_stay(text: str, lang: str, person: str) -> None:
    assert person in " | ".join(_names(text, lang))
