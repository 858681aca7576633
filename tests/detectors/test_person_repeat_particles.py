"""PERSON: a surname with two or more particles ("van der Meer", "van den Broek"), seen in
full, is reported with all its particles where it stands alone again, at a sentence's start
or inside one, whatever the particles' case; not as its last word alone."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "lang", "again"), [
    ("Intake met Joost van der Heijden. Van der Heijden wil graag nachtdiensten draaien.",
     "nl", "Van der Heijden"),
    ("Rianne van den Bosch is ziek gemeld. Volgens van den Bosch duurt het een week.",
     "nl", "van den Bosch"),
    ("Kandidaat: Daan van der Wal\nOpmerking: Van der Wal heeft een heftruckcertificaat.",
     "nl", "Van der Wal"),
    ("Het contract van Ilse van de Berg loopt af; we bellen Van de Berg morgen.",
     "nl", "Van de Berg"),
    ("Notulen. Ook aanwezig: Ferry van der Zee. Actiepunt voor Van der Zee: rooster maken.",
     "nl", "Van der Zee"),
    ("Emma van den Heuvel applied in March. Van den Heuvel has a forklift licence.",
     "en", "Van den Heuvel"),
    ("We met Sven van der Horst on Monday; later van der Horst sent his payslips.",
     "en", "van der Horst"),
    ("Gesprek: Yara van den Akker (planner). Besproken dat Van den Akker vaker thuiswerkt.",
     "nl", "Van den Akker"),
])
def test_repeat_keeps_all_particles(text: str, lang: str, again: str) -> None:
    names = _names(text, lang)
    assert again in names
    assert again.split()[-1] not in names  # (not the last word alone)


@pytest.mark.parametrize(("text", "again"), [
    # one particle, as before
    ("Tom de Graaf belde. De Graaf komt morgen.", "De Graaf"),
    ("Noor ter Beek tekende. Daarna vertrok Ter Beek.", "Ter Beek"),
])
def test_repeat_with_one_particle(text: str, again: str) -> None:
    assert again in _names(text)
