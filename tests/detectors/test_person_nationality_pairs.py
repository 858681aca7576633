"""PERSON: a nationality's adjective after another in a list ("Duitse en Franse toeristen",
"Poolse, Franse collega's") or after "jullie"/"uw"/"ons" ("jullie Franse klanten") is no
surname. A surname after a first name and "en" stays. Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "Het hotel ontvangt vooral Duitse en Franse toeristen in de zomer.",
    "Het team werkt met Poolse, Franse en Roemeense collega's.",
    "Hij helpt jullie Franse klanten graag aan de balie.",
])
def test_a_nationality_in_a_list_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_a_surname_after_a_first_name_stays() -> None:
    assert "Franse" in " ".join(_names("Ik sprak Jan en Franse over de planning."))
