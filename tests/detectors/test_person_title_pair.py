"""PERSON: both forms of address for a reader the writer does not know, before a particle
and no name ("Beste meneer/mevrouw van Werkzaak-Nu", "Geachte heer/mevrouw van
Salarisadministratie"), greet an organisation's reader, no person; a surname after the pair
stays one ("heer/mevrouw van Dam"), and so does a single title's ("meneer van Werk" may be
a surname: the rule is for the pair). Cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "Beste meneer/mevrouw van Werkzaak-Nu,\n\nIk woon sinds kort op een ander adres.\n",
    "Geachte heer/mevrouw van Salarisadministratie,\n\nGraag een nieuwe jaaropgave.\n",
])
def test_an_organisations_reader_is_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Geachte heer/mevrouw van Dam,\n\nUw aanvraag is ontvangen.\n", "van Dam"),
    ("Geachte heer/mevrouw Kramer,\n\nUw aanvraag is ontvangen.\n", "Kramer"),
])
def test_a_surname_after_the_pair_stays_one(text: str, name: str) -> None:
    assert name in _names(text)
