"""PERSON: words that read as a name but are none in a staffing firm's files: the saint of
5 December ("Sinterklaas komt op 4 december"), a department's compound on "-beheer"
("Debiteurenbeheer"), and main contractors named like a person ("Ballast Nedam"). A
person beside them stays a person."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "people"), [
    ("Sinterklaas komt vrijdag langs in de kantine.", []),
    ("Van: Debiteurenbeheer Flexwerk <debiteuren@flexwerk.example>\nOnderwerp: factuur\n",
     []),
    ("De uitvoerder van Ballast Nedam, meneer Veenstra, vraagt om twee extra sjouwers.",
     ["Veenstra"]),
    ("Met vriendelijke groet,\nAnouk Sinter\nContractbeheer", ["Anouk Sinter"]),
])
def test_words_that_read_as_names(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people
