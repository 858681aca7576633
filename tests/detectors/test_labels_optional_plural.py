"""A form's label with an optional plural ("Surname(s):", "Forename(s):", "Given name(s):",
"Voornaam(en):", "Date(s) of birth") reads as the label without it (issue #14, stop 69:
context.without_optional_plural, for every entity's label and PERSON's own). A bracketed
aside after a label is no plural ("Naam (blokletters):"). Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("2.1 Surname(s): NOWICKI\n2.2 Forename(s): TOMASZ", "PERSON", "NOWICKI"),
    ("2.1 Surname(s): NOWICKI\n2.2 Forename(s): TOMASZ", "PERSON", "TOMASZ"),
    ("Family name(s): Okafor\nGiven name(s): Chidera", "PERSON", "Okafor"),
    ("Achterna(a)m: Brouwer\nVoornaam(en): Sietske Anna", "PERSON", "Sietske Anna"),
])
def test_a_label_with_an_optional_plural_reads_as_the_label(text: str, entity: str,
                                                            value: str) -> None:
    assert value in found(text, entity, "en")


def test_a_bracketed_aside_is_no_plural() -> None:
    assert "OUDEJANS" in found("Naam (blokletters): OUDEJANS", "PERSON", "nl")
