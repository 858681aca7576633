"""PERSON: two people who sign a mail together on its last line after the closing ("Groeten,
⏎Femke & Joyce", "Met vriendelijke groet,⏎Kees en Marga Dekker") are both signatures; a
firm's name there ("Jansen & Zonen") and a line that is no closing stay as they were. Cases
written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names", "lang"), [
    ("Tot zaterdag!\n\nGroeten,\nFemke & Joyce", ["Femke", "Joyce"], "nl"),
    ("De planning volgt.\n\nMet vriendelijke groet,\nKees en Marga Dekker",
     ["Kees", "Marga Dekker"], "nl"),
    ("See you in May.\n\nKind regards,\nRosa + Dewi", ["Rosa", "Dewi"], "en"),
])
def test_two_who_sign_together_are_both_found(text: str, names: list[str], lang: str) -> None:
    found = _names(text, lang)
    assert all(any(n in f for f in found) for n in names)


def test_a_firm_signing_is_no_person() -> None:
    assert _names("Zie bijlage.\n\nGroeten,\nJansen & Zonen") == []
