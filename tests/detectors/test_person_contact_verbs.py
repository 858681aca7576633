"""PERSON (issue #14, stop 69): a verb of calling, mailing or asking said to or of another
("jij belt Van Dijk?", "Sanne mailt Kok over de uren") takes a person after it, as its
imperative and past forms did ("bel", "belde"): person_model.toml person_before. A firm
after such a verb stays a firm. Cases written here."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("Marieke, jij belt Van Dijk nog even?", "Van Dijk"),
    ("Rutger mailt Kok vandaag over de uren van week 3.", "Kok"),
    ("Wie vraagt Visser of hij zaterdag kan?", "Visser"),
])
def test_a_name_after_a_verb_of_contact_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_firm_after_a_verb_of_contact_stays_a_firm() -> None:
    assert not any("Heijn" in n for n in found("Marieke belt Albert Heijn over de levering.", "PERSON"))
