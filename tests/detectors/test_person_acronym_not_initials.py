"""PERSON (issue #14, stop 69): an acronym of an identifier, a document or an institution
(person.toml acronyms: BSN, VOG, IBAN, UWV, CAO, ...) never opens a name as its initials:
"het BSN van Lotte" is Lotte's number, "UWV Zwolle" an office. Initials that are no acronym
("P.J. de Vries", "AK de Boer") stay a name's. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "acronym"), [
    ("Het BSN van Lotte staat nog niet in het systeem.", "BSN"),
    ("De VOG van Lotte is gisteren binnengekomen.", "VOG"),
    ("Met vriendelijke groet,\nM. Hofstra\nafdeling WW, UWV Zwolle", "UWV"),
])
def test_an_acronym_is_no_ones_initials(text: str, acronym: str) -> None:
    assert not any(acronym in n for n in found(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("P.J. de Vries belt morgen over het rooster.", "P.J. de Vries"),
    ("Met vriendelijke groet,\nAK de Boer", "AK de Boer"),
])
def test_initials_that_are_no_acronym_stay(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
