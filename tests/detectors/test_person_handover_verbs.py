"""A handover's or a day report's lines open with a child's first name and what the child
did or may do ("- Bo huilde bij het afscheid", "- Ayan mag niet buiten spelen"): the verb after
the name marks a person, also for a name that is a word too or that the gazetteer holds
rarely alone. A thing's verb after a capital names no one."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "name"), [
    ("- Sem mag niet door opa opgehaald worden.", "Sem"),
    ("- Ayan mag niet buiten spelen.", "Ayan"),
    ("- Bo huilde bij het afscheid.", "Bo"),
    ("- Zoë mag niet opgehaald worden door vader.", "Zoë"),
    ("- Sagal sliep goed.", "Sagal"),
    ("- Kai speelde buiten.", "Kai"),
])
def test_a_childs_name_before_its_verb(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize(("text", "lang"), [
    ("Aanvraag valt onder order 4411.", "nl"),
    ("Zaterdag mag iedereen vrij.", "nl"),
    ("The van arrived late and Enexis came at noon.", "en"),
])
def test_a_things_verb_names_no_one(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []
