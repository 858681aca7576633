"""A numbered agenda item that opens with a union's or a party's name is the meeting's topic
(issue #15, stop 75): "AOB" is also English minutes' "any other business". A member named in
an item's text, and a numbered list of diagnoses, still count."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

MINUTES = "Overleg planning - week 12\nAanwezig: Ruud, Ilse, Bram\n\n{item}\n"


def _found(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "item"), [
    ("en", "1. Rosters: fine.\n2. AOB: Ruud brings cake on Friday."),
    ("en", "5) AOB"),
    ("nl", "3. CNV - voorstel nieuwe cao besproken, Ilse stuurt het rond."),
    ("nl", "2. VVD: standpunt over de koopzondag, geen besluit."),
])
def test_agenda_item_topic_is_no_membership(lang: str, item: str) -> None:
    assert _found(MINUTES.format(item=item), lang) == set()


@pytest.mark.parametrize(("lang", "item", "entity"), [
    ("nl", "4. Bram: sinds kort CNV-lid, vraagt naar de kaderscholing.", "SPECIAL_TRADE_UNION"),
    ("nl", "Diagnoses Bram:\n1. Diabetes\n2. Hypertensie", "SPECIAL_HEALTH"),
])
def test_statement_in_a_numbered_line_still_found(lang: str, item: str, entity: str) -> None:
    assert entity in _found(MINUTES.format(item=item), lang)
