"""A form's label with an optional plural ("Surname(s):", "Forename(s):", "Given name(s):",
"Voornaam(en):", "Date(s) of birth") reads as the label without it (issue #14, stop 69:
context.without_optional_plural, for every entity's label and PERSON's own). A bracketed
aside after a label is no plural ("Naam (blokletters):"). Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "en") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("2.1 Surname(s): NOWICKI\n2.2 Forename(s): TOMASZ", "PERSON", "NOWICKI"),
    ("2.1 Surname(s): NOWICKI\n2.2 Forename(s): TOMASZ", "PERSON", "TOMASZ"),
    ("Family name(s): Okafor\nGiven name(s): Chidera", "PERSON", "Okafor"),
    ("Achterna(a)m: Brouwer\nVoornaam(en): Sietske Anna", "PERSON", "Sietske Anna"),
])
def test_a_label_with_an_optional_plural_reads_as_the_label(text: str, entity: str,
                                                            value: str) -> None:
    assert value in _found(text, entity)


def test_a_bracketed_aside_is_no_plural() -> None:
    assert "OUDEJANS" in _found("Naam (blokletters): OUDEJANS", "PERSON", "nl")
