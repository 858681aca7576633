"""A sick report's plain words for a cause (issue #15, sickness-diagnosis): symptoms and
procedures as a manager or a worker writes them, and pain or trouble in a body part
(detectors/data/special/health.toml); found in a record about one person, as any health
term there, and nothing in a text that only says someone is absent."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_category import find_special

H = "SPECIAL_HEALTH"
NOTE = "Verzuimnotitie\nNaam: Jan de Vries\nDatum: 12-03-2025\nToelichting: {}\n"
NOTE_EN = "Absence note\nName: John Smith\nDate: 12-03-2025\nDetails: {}\n"

CAUSES = [
    ("nl", NOTE.format("heeft vannacht overgegeven, blijft thuis")),
    ("nl", NOTE.format("is gisteren door zijn rug gegaan")),
    ("nl", NOTE.format("heeft al weken last van zijn rug")),
    ("nl", NOTE.format("pijn in de knie na het sporten")),
    ("nl", NOTE.format("OK-ingreep galblaas op 14 maart")),
    ("nl", NOTE.format("wortelkanaal bij de tandarts, morgen weer aan het werk")),
    ("nl", NOTE.format("klachten door longcovid, werkt halve dagen")),
    ("nl", NOTE.format("voelt zich uitgeblust")),
    ("nl", NOTE.format("kies getrokken, twee dagen thuis")),
    ("nl", "Hoi Petra, ik ben benauwd en blijf vandaag thuis. Groet, Sander"),
    ("en", NOTE_EN.format("threw up twice last night")),
    ("en", NOTE_EN.format("had an operation on Monday, back in two weeks")),
    ("en", NOTE_EN.format("pain in his knee after a fall")),
    ("en", NOTE_EN.format("short of breath, GP appointment tomorrow")),
    ("en", NOTE_EN.format("stitches in her hand")),
]

NO_CAUSE = [
    ("nl", NOTE.format("ziek gemeld, verwacht maandag terug")),
    ("en", NOTE_EN.format("reported sick, expected back on Monday")),
    # the words outside a record and with no person: no statement
    ("nl", "Verzuimprotocol\nBij pijn in de rug door tillen: meld het bij de preventiemedewerker.\n"),
    ("en", "Safety leaflet\nLift with your legs to avoid pain in the back.\n"),
]


@pytest.mark.parametrize(("lang", "text"), CAUSES)
def test_cause_in_a_sick_report(lang: str, text: str) -> None:
    assert H in {d.entity for d in detect(text, lang, record=True)}, text


@pytest.mark.parametrize(("lang", "text"), NO_CAUSE)
def test_no_cause(lang: str, text: str) -> None:
    record = "Naam:" in text or "Name:" in text
    assert H not in {d.entity for d in detect(text, lang, record=record)}, text


# Pregnancy is health (SPEC), never a sickness cause: a pregnancy or maternity leave says why
# someone is away (special-doctype-rules-1, -11 and -13 label it so), a right to it does not.
PREGNANCY = [
    ("nl", "De medewerker is met zwangerschapsverlof tot juni.", False),
    ("en", "Our colleague is on maternity leave.", False),
    ("nl", ("Aanvraag zwangerschapsverlof\nNaam: Fatima el Amrani\nUitgerekende datum: "
            "12-06-2025\nIngangsdatum zwangerschaps- en bevallingsverlof: 01-05-2025\n"), True),
    ("nl", "Zwangerschapsverlof per 1 juni.", True),
]
NO_PREGNANCY = [
    ("nl", "Verzuimbeleid\nZwangerschapsverlof duurt ten minste 16 weken.\n"),
    ("nl", "Werkneemster heeft recht op zwangerschapsverlof volgens de wet."),
    ("nl", "Zij kan gebruikmaken van zwangerschaps- of geboorteverlof, zegt de werknemer."),
    ("en", "Employees can make use of maternity leave after 12 months."),
]


@pytest.mark.parametrize(("lang", "text", "record"), PREGNANCY)
def test_pregnancy_leave_is_health_not_a_cause(lang: str, text: str, record: bool) -> None:
    found = [m for m in find_special(text, lang, record=record) if m.entity == H]
    assert found, text
    assert not any(m.label for m in found), text  # no cause label: no sickness-diagnosis


@pytest.mark.parametrize(("lang", "text"), NO_PREGNANCY)
def test_pregnancy_leave_as_a_right_is_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text


@pytest.mark.parametrize(("text", "entity"), [
    ("Ik heb mijn enkelband gescheurd bij het voetbal.", "SPECIAL_HEALTH"),
    ("Hij heeft een gescheurde enkelband.", "SPECIAL_HEALTH"),
    ("Hij draagt sinds zijn veroordeling een enkelband.", "SPECIAL_CRIMINAL"),
])
def test_an_ankles_ligament_is_no_ankle_monitor(text: str, entity: str) -> None:
    """"Enkelband" is an ankle's ligament beside an injury word, an ankle monitor elsewhere."""
    assert {d.entity for d in detect(text, "nl")} & {"SPECIAL_HEALTH", "SPECIAL_CRIMINAL"} == {
        entity}
