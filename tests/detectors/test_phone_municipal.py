"""PHONE_NUMBER: a municipality's number, 14 and its area code ("Telefoon 14 0513", "bel
14 050"), right after a phone word (issue #14, stop 76; contact.py phone_municipal). The same
digits elsewhere ("week 14 020 ...", a time) are no number. Synthetic texts."""

from __future__ import annotations

import pytest

from detectors import detect


def _phones(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl", document=True)
            if d.entity == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "number"), [
    ("Afdeling Werk en Inkomen\nTelefoon 14 0513\n", "14 0513"),
    ("Vragen over uw uitkering? Bel 14 050 of mail ons.", "14 050"),
    ("Contact gemeente: telefoonnummer 14 0164, op werkdagen.", "14 0164"),
])
def test_a_municipal_number_after_a_phone_word(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize("text", [
    "In week 14 020 klanten gebeld over de nieuwe roosters.",
    "Levering op 14 0900 uur verwacht, bel de chauffeur.",
])
def test_the_digits_elsewhere_are_no_number(text: str) -> None:
    assert _phones(text) == []
