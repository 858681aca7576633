"""PERSON: organisations and places named after people, known by the phrase around the
whole name (person_orgs.py), beside the same names used for people."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang"), [
    # an article after a preposition
    ("Zij werkt als verpleegkundige in het Antoni van Leeuwenhoek in Amsterdam.", "nl"),
    ("Hij is aangenomen bij de Jan Linders in Venlo.", "nl"),
    ("Open dag bij het Willem Lodewijk Gymnasium volgende week.", "nl"),
    ("Before joining us she worked at the Anne Frank House and as a volunteer.", "en"),
    ("The interview was held at the Jeroen Bosch in Den Bosch.", "en"),
    # an employer's place
    ("De plaatsing bij Antoni van Leeuwenhoek loopt goed.", "nl"),
    ("De functie bij Willem van Oranje vraagt een VOG.", "nl"),
    ("Startdatum bij Jeroen Bosch blijft 1 oktober.", "nl"),
    ("Proefplaatsing bij Pieter Bakker Transport, 6 weken.", "nl"),
    ("She was placed at Frank Lloyd for six weeks.", "en"),
    # a firm of partners
    ("Het advies kwam van Van Dijk & De Wit Advocaten uit Utrecht.", "nl"),
    ("De keuring werd gedaan bij Maatschap Huisartsen Jansen en Pietersen in Zwolle.", "nl"),
    ("Wij verwijzen naar Jansen en Pietersen Advocaten voor juridisch advies.", "nl"),
    ("Kantoor: Bakker, De Vries en Mulder Notarissen", "nl"),
    ("Please contact Baker and Mills Solicitors about the dispute.", "en"),
    ("The deed was drawn up by Simpson, James and Clark LLP in London.", "en"),
    ("Stichting Jan Pieter Heije verzorgt de opvang.", "nl"),
])
def test_named_after_people_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Gesprek met Jan de Vries over de plaatsing.", "nl", ["Jan de Vries"]),
    ("Morgen heeft zij een afspraak bij Jan de Vries, haar casemanager.", "nl", ["Jan de Vries"]),
    ("Ik heb het Jan Jansen gisteren verteld.", "nl", ["Jan Jansen"]),
    ("Zij liep stage in de praktijk van dr. Ahmed Yilmaz in Utrecht.", "nl", ["Ahmed Yilmaz"]),
    ("Namens Stichting Humanitas, Jan Jansen", "nl", ["Jan Jansen"]),
    ("I told the team that Tom Baker starts Monday.", "en", ["Tom Baker"]),
    ("Aanwezig: Jan Jansen, Piet Bakker en Sanne de Wit", "nl",
     ["Jan Jansen", "Piet Bakker", "Sanne de Wit"]),
])
def test_the_same_names_for_people(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    ("Peter Breda start maandag.\nVestiging: Stationsplein 1, 4811 BB Breda\nHij woont in Breda.",
     "nl"),
    ("Karin Weert belde. Zij werkt te Weert en komt uit Weert.", "nl"),
    ("Tom Preston called. He lives in Preston now.", "en"),
])
def test_a_town_named_like_a_person_seen_in_full(text: str, lang: str) -> None:
    # the surname alone after a postcode or "in", "te", "uit" is the town
    assert len(_names(text, lang)) == 1
