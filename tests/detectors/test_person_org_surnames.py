"""PERSON: a surname that is also a word that opens an organisation or place (data/person.toml
``org_before``: koning, prins, keizer, wijk, zaal) is a surname as the name's last word; it
opens an organisation only where another name word follows it ("Prins Bernhard")."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "names"), [
    # running text, the name inside a sentence
    ("Vanochtend belde Pieter van Wijk over zijn rooster.", "nl", ["Pieter van Wijk"]),
    ("Het verzuimgesprek met Sanne de Koning is verzet.", "nl", ["Sanne de Koning"]),
    ("Daarna heeft Mark Prins de sleutels opgehaald.", "nl", ["Mark Prins"]),
    ("Esther Keizer tekende gisteren de arbeidsovereenkomst.", "nl", ["Esther Keizer"]),
    ("Volgende week start Ruud Zaal als heftruckchauffeur.", "nl", ["Ruud Zaal"]),
    # English prose
    ("Yesterday Laura Prins called about her contract.", "en", ["Laura Prins"]),
    ("The intake with Tom de Keizer went well.", "en", ["Tom de Keizer"]),
    # a title and only the surname
    ("Gesprek gehad met dhr. Koning over de plaatsing.", "nl", ["Koning"]),
    ("Mevrouw Van Wijk heeft een nieuw adres doorgegeven.", "nl", ["Van Wijk"]),
    # hyphenated double surname
    ("Marloes Prins-Hoekstra is per 1 mei in dienst.", "nl", ["Marloes Prins-Hoekstra"]),
    # a list of people
    ("Aanwezig: Bas Keizer, Iris van Wijk en Noor de Koning", "nl",
     ["Bas Keizer", "Iris van Wijk", "Noor de Koning"]),
])
def test_org_word_as_surname_is_a_name(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    # the word opens the name of a royal, a foundation or a place
    ("Koning Willem opende destijds het nieuwe station.", "nl"),
    ("De subsidie komt van het Prins Claus Fonds.", "nl"),
    ("Hij woont sinds kort in de wijk Oost.", "nl"),
    ("Het feest is in Zaal Berkhout aan de markt.", "nl"),
])
def test_org_word_opening_a_name_is_no_person(text: str, lang: str) -> None:
    assert _names(text, lang) == []
