"""PERSON: the capitals of a kind of school or childcare centre open its name, never a
person's initials (person.toml institution_acronyms, stop 41): "BSO De Boomhut", "CBS De
Akker". Initials before a particle still are ("JP de Vries"). A legend opening its line
declares its initials ("MK = Maaike Kuipers"), as one after a label does. All synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _persons(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "Morgen vervangt Lotte een collega bij BSO De Vuurvlieg in Amersfoort.",
    "De directeur van CBS De Wegwijzer belde over de invalpool.",
    "Planning: OBS Het Startpunt (groep 5) en IKC De Bron (peuters).",
    "Vanaf maart werkt zij op SO De Piramide, locatie Noord.",
])
def test_a_school_or_centre_is_no_person(text: str) -> None:
    assert not any(p.startswith(("BSO", "CBS", "OBS", "IKC", "SO ")) for p in _persons(text))


def test_initials_before_a_particle_still_are_a_name() -> None:
    assert "JP de Vries" in _persons("Volgens JP de Vries is de groep vol.")


def test_a_legend_opening_its_line_declares_initials() -> None:
    text = "Controle 12-03 uitgevoerd, akkoord MK.\nMK = Maaike Kuipers\n"
    assert _persons(text).count("MK") == 2
