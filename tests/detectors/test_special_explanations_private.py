"""A special-category finding's explanation and term name no one (review of stops 72-73).

The explanation ("term '...' (health), rule: label '...'") goes into the JSON Lines and the
index; a special finding's term is written out as it stands. Four ways a name or a number
got there, each closed at its mechanism:

- a trigger that ends in the accused's name ("aangifte ... ingediend tegen <name>"): the trigger
  is the words before the name (special_rules.BY_NAME);
- a field's label, which a line gives in lower case, with a worker's name or a table row's
  numbers in it: every number and listed name is masked (special_category._shown_trigger);
- a word on a compound head ("-itis") that is a listed surname (a Lithuanian "-aitis"): no term;
- a "Label: value" whose value holds a number ("lidnummer 40221187"): the label is the term.
Names and numbers here are made up (111222333 passes the 11-check).
"""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_category import find_special


def _special(text: str, language: str = "nl") -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.explanation) for d in detect(text, language, document=True)
            if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize("text, private", [
    ("De winkel heeft aangifte van inbraak ingediend tegen Ruud.", "ruud"),
    ("De buurman deed aangifte van mishandeling door Henk op zaterdag.", "henk"),
    ("Allergie medewerker P. Smit: noten", "smit"),
    (("VOG-overzicht Q2\nNaam | BSN | Uitslag | Datum | Reden\nSanne Kuipers | 111222333 | "
      "afgewezen | 12-03-2026 | reden: veroordeling mishandeling"), "111222333"),
    (("VOG-overzicht Q2\nNaam | BSN | Uitslag | Datum | Reden\nSanne Kuipers | 111222333 | "
      "afgewezen | 12-03-2026 | reden: veroordeling mishandeling"), "kuipers"),
])
def test_no_name_or_number_in_an_explanation(text: str, private: str) -> None:
    found = _special(text)
    assert found  # (the statement is still found)
    assert not any(private in why.lower() for _, why in found)


def test_a_surname_on_a_compound_head_is_no_term() -> None:
    assert _special("Ploegleider: Petraitis, Mindaugas (bellen bij afwijking)") == []


def test_a_label_value_with_a_number_shows_the_label() -> None:
    found = find_special("Naam: Tom Baker\nLidmaatschap vakbond: lidnummer 40221187", "nl")
    assert found and not any(any(c.isdigit() for c in m.term) for m in found)
