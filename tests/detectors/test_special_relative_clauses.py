"""A place's relative clause with a subject of its own (issue #15, stop 73).

"Before this job I helped out at a day centre where many guests celebrate Diwali": the
writer's sentence, but the festival is the guests'. A relative clause of place ("where", "in which", "waar",
"waarin", "waarbij") opened after the writer's "I" or a named subject, with no first-person
word of its own, has its own subject: the term there is not the writer's (nor the named
person's). A clause whose subject is the writer or a pronoun for the person stays theirs.
All names are made up.
"""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

NOT_FOUND = [
    (("Before this job I helped out at a day centre run by a Sikh foundation in Almere, where "
      "many guests speak Punjabi and celebrate Diwali with their neighbours."), "en"),
    ("I volunteered at a youth club in which most members fast during Ramadan together.",
     "en"),
    (("Ik werkte drie jaar in een buurthuis in Utrecht waar veel bezoekers het Suikerfeest "
      "vieren met de buren."), "nl"),
    ("Vorig jaar liep ik stage op een school waarin de meeste leerlingen Divali vieren.", "nl"),
]
FOUND = [
    ("Every autumn I light the lamps for Diwali at home.", "en"),
    ("I want a job where I can keep my hijab on.", "en"),
    ("Ik zoek werk waar ik mijn hoofddoek mag dragen.", "nl"),
    ("Fatima werkt in een buurthuis waar ze elk jaar het Suikerfeest viert.", "nl"),
]


@pytest.mark.parametrize("text, language", NOT_FOUND)
def test_the_clause_holds_it(text: str, language: str) -> None:
    assert "SPECIAL_RELIGION" not in {m.entity for m in find_special(text, language)}


@pytest.mark.parametrize("text, language", FOUND)
def test_the_writer_or_the_person_holds_it(text: str, language: str) -> None:
    assert "SPECIAL_RELIGION" in {m.entity for m in find_special(text, language)}
