"""NL_DRIVERS_LICENSE under the labels planners and systems write: "rbw" (rijbewijs
shortened: "rbw.nr", "RBW_NR", "rbw-nummer") and a system's snake_case key
("licence_number", "license_no"). Twins: ten digits under a phone or order label, or a word
that only opens with the letters, stay unreported. Numbers synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _licences(text: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == "NL_DRIVERS_LICENSE"}


@pytest.mark.parametrize("text", [
    "Chauffeur Jansen, rbw.nr 4821390576, geldig tot 2030.",
    "Controle: rbw. 4821390576 gezien door de planner.",
    "RBW_NR=4821390576",
    "rbw-nummer 4821390576 (categorie C/CE)",
    "licence_number: 4821390576",
    '{"license_no": "4821390576", "category": "B"}',
    "driver.licence_nr = 4821390576",
    # (stop 48) a record's kind in a system's words, and a licence named by its country
    '{"type":"DRIVING_LICENCE","number":"4821390576","expiryDate":"2031-04-19"}',
    "Stefan de Jong: Dutch licence 4821390576, code 95 until 05-06-2028 - OK",
])
def test_licence_labels(text: str) -> None:
    assert _licences(text) == {"4821390576"}


@pytest.mark.parametrize("text", [
    "tel. 0612345678, rbwin-account aangemaakt",
    "ordernr 4821390576 geleverd",
    "licence_fee: 4821390576",
])
def test_not_a_licence(text: str) -> None:
    assert _licences(text) == set()


@pytest.mark.parametrize(("text", "found"), [
    ("rbw 5012345678 ingevoerd", False),
    ("Relatie: RBW 5012345678", False),
    ("rbw.nr 5012345678", True),
    ("rbw-nummer 5012345678", True),
    ("RBW_NR 5012345678", True),
    ("rbw nr: 5012345678", True),
])
def test_rbw_with_a_number_word_only(text: str, found: bool) -> None:
    assert bool(_licences(text)) is found
