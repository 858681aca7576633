"""SPECIAL_HEALTH: a chronic condition written with a first part of its kind or cause
("beroepsastma", "contacteczeem", "zwangerschapsdiabetes", "heupartrose") is the condition
(health.toml heads). Cases written here (synthetic names)."""

from __future__ import annotations

import pytest

from detectors import detect


@pytest.mark.parametrize(("text", "term"), [
    ("Sven Mulder heeft inspanningsastma en gebruikt een puffer.", "inspanningsastma"),
    ("Bij Noor Haddou is zwangerschapsdiabetes vastgesteld.", "zwangerschapsdiabetes"),
    ("Kees Brouwer heeft handeczeem door het werken met oplosmiddelen.", "handeczeem"),
    ("Ria Smit heeft knieartrose en kan niet lang staan.", "knieartrose"),
    ("Tomasz Nowak heeft jeugdreuma gehad.", "jeugdreuma"),
])
def test_a_conditions_compound_is_health_data(text: str, term: str) -> None:
    found = [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "SPECIAL_HEALTH"]
    assert term in found
