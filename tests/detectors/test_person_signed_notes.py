"""PERSON: initials that sign a note on its last line, alone or after its last sentence, are
its writer (person_initials.signed, stop 41), as "- JK" is; not after an abbreviation's full
stop ("evt. CZ": an insurer), not an acronym, not a script's batch separator. Synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "initials"), [
    ("Referent gebeld, positief over de inzet.\nKlant op de hoogte gebracht. RvD\n", "RvD"),
    ("Notitie beslag\nAkkoord met inhouding vanaf periode 12.\n\nLK\n", "LK"),
    ("Terugbelverzoek kandidaat\nBellen lukte niet, morgen opnieuw proberen! MS\n", "MS"),
])
def test_initials_signing_the_last_line(text: str, initials: str) -> None:
    assert initials in _persons(text)


@pytest.mark.parametrize(("text", "letters"), [
    ("Volgende stap: voorstellen bij de klant, evt. CZ\n", "CZ"),
    ("Controle gedaan.\nAlles in orde.\nOK\n", "OK"),
    ("insert into uren values (1, 8);\nGO\n", "GO"),
    ("INSERT [uren] VALUES (1, 8)\nGO\nINSERT [uren] VALUES (2, 6)\nGO\n", "GO"),
])
def test_no_signature(text: str, letters: str) -> None:
    assert letters not in _persons(text)
