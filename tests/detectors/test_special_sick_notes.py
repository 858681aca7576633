"""A sick report's plain words for a cause (issue #15, sickness-diagnosis): symptoms and
procedures as a manager or a worker writes them, and pain or trouble in a body part
(detectors/data/special/health.toml); found in a record about one person, as any health
term there, and nothing in a text that only says someone is absent."""

from __future__ import annotations

import pytest

from detectors import detect

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
