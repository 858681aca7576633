"""Who a special-category word is about, in sentences where it is nobody (stop 50), each
with its twin about one person:

- English puts a verb before a name only in a question: "celebrates Pride" is an object,
  "Is Ahmed fasting?" a subject (Dutch keeps its verb-second order: "Vorig jaar vierde
  Fatima het Suikerfeest");
- a later clause's verb shares the subject its sentence opened with ("The team celebrates
  ..., has a quiet room for prayer"), even under a heading line;
- a contrast opens a clause of its own: "all shifts, except that during Ramadan he fasts"
  is about him, not "all";
- "all" after its group ("they were all due to his Crohn's disease") is all of them, not
  "all employees" in general;
- a quotation given as an example ('bijvoorbeeld "ik heb migraine"') is anyone's words;
- a country in running text is no surname ("users in NL and Belgium").
Texts written for these tests; names invented."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.special_category import find_special

NOTHING = [
    ("en", ("Culture\nThe team celebrates Pride, Ramadan iftar, Diwali and Christmas together, "
           "has a quiet room for prayer or meditation.\n")),
    ("en", "Our office celebrates Diwali and Eid every year, has a prayer room on floor 2.\n"),
    ("nl", "Het team viert samen Suikerfeest en Kerst, heeft een stilteruimte om te bidden.\n"),
    ("en", "All employees with Crohn's disease may work from home on bad days.\n"),
    ("nl", ('Wij vragen niet wat je mankeert. Ook als je het zelf vertelt - bijvoorbeeld "ik '
            'heb migraine" of "ik zit tegen een burn-out aan" - schrijven we dit niet op.\n')),
    ("en", ('Managers never record causes, for example "I have migraine" or "my back is '
            'playing up".\n')),
]

FOUND = [
    ("en", "Is Ahmed fasting during Ramadan this year?\n", "SPECIAL_RELIGION"),
    ("nl", "Vorig jaar vierde Fatima het Suikerfeest met haar familie.\n", "SPECIAL_RELIGION"),
    ("en", "Available all shifts, except that during Ramadan he fasts.\n", "SPECIAL_RELIGION"),
    ("nl", "Inzetbaar alle diensten, maar tijdens de ramadan vast hij.\n", "SPECIAL_RELIGION"),
    ("en", "Intake notes\nComes from Morocco, fasts during Ramadan, prays on Fridays.\n",
     "SPECIAL_RELIGION"),
    ("en", ("7 short absences this year. Arjen explained they were all due to flare-ups of "
            "his Crohn's disease.\n"), "SPECIAL_HEALTH"),
    ("nl", 'Hij zei: "ik heb migraine, daarom bleef ik thuis".\n', "SPECIAL_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


def test_an_object_after_an_english_verb_is_no_subject() -> None:
    text = "Culture\nThe team celebrates Pride together every June.\n"
    assert find_special(text, "en") == []


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Our client has 400,000 users in NL and Belgium, CE-marked as a device.", "Belgium"),
    ("nl", "De app wordt gebruikt in Nederland en Belgium door 12.000 mensen.", "Belgium"),
])
def test_a_country_in_running_text_is_no_name(lang: str, text: str, country: str) -> None:
    names = {text[d.start : d.end] for d in detect(text, lang) if d.entity == "PERSON"}
    assert country not in names


def test_a_titled_name_that_is_a_country_stays() -> None:
    text = "Gisteren sprak ik met mevrouw Holland over haar nieuwe rooster."
    names = {text[d.start : d.end] for d in detect(text, "nl") if d.entity == "PERSON"}
    assert any("Holland" in n for n in names)
