"""Issue #14, PERSON: the Dutch two-word particles "in 't" and "in den"/"in der" join a
surname as "van der" does ("A. in 't Veld", "J.M. in ’t Veld", "mr. H. in den Bosch"); "in"
alone stays a preposition ("Jan in Amsterdam"). identifiers-6 showed the kind (an UWV
letter's, a contract's and a phone note's signer); cases written here, names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Met vriendelijke groet,\nA. in 't Veld\nUitvoeringsinstituut Werknemersverzekeringen\n",
     "A. in 't Veld"),
    ("hierbij vertegenwoordigd door de heer J.M. in ’t Veld, hierna te noemen werkgever",
     "J.M. in ’t Veld"),
    ("Aanwezig: mr. H. in den Bosch (jurist) en de notulist.", "mr. H. in den Bosch"),
])
def test_a_two_word_particle_joins_the_surname(text: str, name: str) -> None:
    people = _people(text)
    assert any(name.endswith(p) or p.endswith(name.split(" ", 1)[-1]) for p in people), people


@pytest.mark.parametrize("text", [
    "Ze ging naar Jan in Amsterdam en daarna naar huis.",
    "Piet in de Kantine is een café aan de markt.",
])
def test_in_alone_is_a_preposition(text: str) -> None:
    assert not any(" in " in p for p in _people(text))
