"""A record titled as a doctor's statement is the record it names, without an absence word.

[medical]'s `require` (an absence, a sick report, a re-integration) keeps a care vacancy that
names conditions from being an absence record; a GP's statement or a functional-abilities
list names no absence, and scored 0 for want of it. A title that names the type's record is
as good as a `require` word (classify._score). Synthetic texts, written for these tests.
(Two more of this kind, a GP's letter of three lines and a specialist's of two, stay `other`:
the rules give them 4 points, under learned_type.RULES_SURE, and the learned model, .91 and
.93 sure of `other`, overrules them; not asserted here.)
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scanner.models import SourceItem, TextChunk
from scanner.policy.classify import classify


def _classify(text: str) -> str:
    item = SourceItem(path="/share/document.txt", member=None, size=1,
                      modified=datetime(2026, 11, 30, tzinfo=UTC))
    return classify(item, [TextChunk(text, "body")])[0]


@pytest.mark.parametrize("text", [
    ("Arbeidsdeskundig rapport\n\nWerknemer: mw. C. Peters\nConclusie: de eigen functie is "
     "niet passend; passend werk met aanpassingen is mogelijk, zittend en zonder tillen."),
    ("Verklaring huisarts\n\nMevrouw A. de Boer is bij mij onder behandeling voor eczeem aan "
     "beide handen. Ik raad handschoenen van nitril aan bij het schoonmaakwerk."),
    ("Medische verklaring\nBetreft: mw. N. Haddou\nMevrouw is bekend met epilepsie; zij mag "
     "geen heftruck rijden en niet op hoogte werken.\nHuisartsenpraktijk Zuid"),
    ("Fit note\n\nAssessment of Mr T. Green: he may be fit for work taking into account "
     "altered hours and no driving. Condition: lumbar disc problem. Review in four weeks."),
    ("Spreekuurverslag\n\nBetrokkene: mw. S. Jansen\nBevindingen: klachten van de pols na een "
     "val, beperkt in knijpkracht.\nAdvies: lichte taken, geen tilwerk."),
    ("Inzetbaarheidsprofiel\n\nMedewerker: R. de Wit\nBeperkingen: niet langer dan 30 minuten "
     "staan; geen werk boven schouderhoogte.\nMogelijkheden: zittend werk, 6 uur per dag."),
    ("Functionele mogelijkhedenlijst\n\nNaam: H. Bakker\nRubriek I persoonlijk functioneren: "
     "geen beperkingen\nRubriek IV dynamische handelingen: beperkt tillen, hooguit 5 kg."),
    ("DOKTERSVERKLARING\nPatiënt: mw. F. Yilmaz\nDiagnose: astma\nAdvies: een stofvrije "
     "werkplek, geen schoonmaakmiddelen op basis van chloor."),
])
def test_a_doctors_statement_is_a_medical_record(text: str) -> None:
    assert _classify(text) == "medical"


@pytest.mark.parametrize("text", [
    # a vacancy for the doctor's assistant names statements and conditions: about a job
    ("Vacature doktersassistent (24 uur)\n\nJe maakt afspraken, schrijft verklaringen uit en "
     "helpt patiënten met diabetes en astma. Wij bieden een fijne praktijk in Zwolle."),
    # a guideline that no statement is asked for speaks to everyone and names no one
    ("Richtlijn doktersverklaring\n\nEen doktersverklaring vragen wij niet: u hoeft ons geen "
     "diagnose te geven. Medewerkers bewaren een verklaring van hun huisarts zelf, en wij "
     "noteren alleen of u kunt werken."),
])
def test_a_text_about_doctors_statements_is_none(text: str) -> None:
    assert _classify(text) == "other"
