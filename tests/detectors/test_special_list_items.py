"""A list's item is a clause of its own: a name opening it is the subject of what the item
says ("Mededelingen\n- Roos is zwanger"), whether the bullet is indented or not."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "entity"), [
    ("Mededelingen\n   - Femke is 12 weken zwanger en stopt met nachtdiensten.", "SPECIAL_HEALTH"),
    ("Notities overleg\n• Kees heeft een hernia, werkt halve dagen\n• nieuwe app", "SPECIAL_HEALTH"),
    ("Rondvraag:\n- Yusuf vast tijdens de ramadan en wil vroege diensten.", "SPECIAL_RELIGION"),
    ("Mededelingen team Noord\n* Dennis is sinds maart lid van de FNV.", "SPECIAL_TRADE_UNION"),
    ("Updates\n  - Priya has diabetes and needs a break at 10.", "SPECIAL_HEALTH"),
])
def test_a_named_item_states_its_subject(text: str, entity: str) -> None:
    assert found(text, entity, "en" if "Updates" in text else "nl")


@pytest.mark.parametrize("text", [
    "Mededelingen\n- Kees: nieuwe stofzuigers aanvragen\n- In maart een lezing over diabetes.",
    "Agenda\n- De FNV komt op 12 maart langs voor een spreekuur.",
    "Vereisten:\n- Diabetes is geen bezwaar voor deze functie.",
])
def test_an_item_about_no_one_states_nothing(text: str) -> None:
    assert not [d for d in ("SPECIAL_HEALTH", "SPECIAL_TRADE_UNION") if found(text, d)]
