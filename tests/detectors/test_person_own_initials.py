"""PERSON: the initials of a name the document gives in full, standing alone elsewhere in it
(minutes, action lists, notes: "Jan Verbeek ... actie: JV"), in several layouts and both
languages; never an acronym, a postcode's letters or a code in a record (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.person_initials import _initials_of


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "initials"), [
    # an action point's owner at the end of its line, after a dash
    ("Aanwezig: Jan Verbeek, Tim de Graaf.\nOfferte navragen bij de leverancier – JV\n",
     "nl", ["JV"]),
    # in brackets after an action, a particle in lower case
    ("Deelnemers: Tim de Graaf en Noor Bakker.\n3. Rooster herzien (actie: TdG)\n", "nl",
     ["TdG"]),
    # the subject of a sentence, three particles' letters
    ("Het overleg werd voorgezeten door Maria van den Berg. MvdB licht de cijfers toe.", "nl",
     ["MvdB"]),
    # English minutes: an action owner and a chair
    ("Attendees: Grace Okafor, Tomasz Nowak.\nAction: TN to circulate the figures. GO chaired.",
     "en", ["TN", "GO"]),
    # initials in full stops, the given name's initials written out
    ("De verklaring van J.K. Smit is binnen; J.K.S. tekent voor akkoord.", "nl", ["J.K.S."]),
    # a hyphenated first name gives two letters
    ("Gesprek met Anne-Marie de Groot gevoerd. AMdG wil een ander rooster.", "nl", ["AMdG"]),
    # the surname's particle in capitals, after "met"
    ("Notulist: Daan ter Horst. Afgestemd met DTH over de planning.", "nl", ["DTH"]),
    # a second mention after a sentence mark, a colon opening the line (a speaker)
    ("Verslag: Sanne Wijnberg en Kemal Aydın bespraken de klacht.\nKA: de klant belt terug.",
     "nl", ["KA"]),
])
def test_initials_of_a_name_seen_in_full(text: str, lang: str, initials: list[str]) -> None:
    found = _names(text, lang)
    assert [n for n in found if n in initials] == initials


@pytest.mark.parametrize("text", [
    # acronyms that are some name's initials
    "Hanna Roos werkt op HR en Ingrid Thomassen bij IT; Carla Visser stuurt haar CV.",
    # a postcode's letters
    "Anna Bakker woont op de Lindelaan 4, 1234 AB Utrecht.",
    # a code beside a number in a record, a date after a paraph
    "Medewerker: Jan Verbeek\nRegel 123456 JV akkoord\nParaaf JV 12-03-2024\n",
    # an export's cells and a form's columns
    "naam;paraaf;datum\nJan Verbeek;JV;12-03-2024\nPaul Kok;PK;13-03-2024\n",
    "Opgesteld door Jan Verbeek\nParaaf werkgever JV Datum\n",
    # capitals that are no one's initials here
    "Jan Verbeek belde over de WW-uitkering; de PV is binnen.",
])
def test_no_initials_where_a_code_stands(text: str) -> None:
    assert not [n for n in _names(text) if n.replace(".", "").isupper()]


def test_the_ways_initials_are_written() -> None:
    assert sorted(_initials_of(("Maria", "van", "den", "Berg"), "FPPL")) == [
        "MB", "MVDB", "MvdB"]
    assert sorted(_initials_of(("J.K.", "Smit"), "IL")) == ["JKS", "JS"]
    assert _initials_of(("Bakker",), "L") == ()  # no given name: no initials
