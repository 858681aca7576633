"""Criminal data told in everyday words (issue #15, stop 34): the steps of a criminal case, an
arrest, a court date, a sentence under the probation service, a traffic offence
(detectors/data/special/criminal.toml); the probation service as an employer, a vacancy or a
job is no one's record."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

C = "SPECIAL_CRIMINAL"

STATED = [
    ("nl", "Ik werk hier via de reclassering, na mijn celstraf wil ik een eerlijke kans."),
    ("nl", "Dinsdag kan ik niet: afspraak bij de reclassering om 9 uur."),
    ("nl", "Ricky kan niet komen, hij is opgepakt na het stappen."),
    ("nl", "Ze hebben me opgepakt, mijn broer belt je."),
    ("nl", "Hij is gisteren aangehouden voor rijden zonder rijbewijs."),
    ("nl", "Ik heb een meldplicht op maandag, kan ik de late dienst?"),
    ("en", "Got my court date for the drink driving thing, need the 14th off."),
    ("en", "Can't do Thursday, I have a probation appointment in town."),
    ("en", "Kieran got locked up over the weekend, won't be in."),
    ("en", "Two more weeks and my sentence is done, then no more reporting."),
]


@pytest.mark.parametrize(("lang", "text"), STATED)
def test_a_step_of_someones_criminal_case_is_found(lang: str, text: str) -> None:
    assert C in {m.entity for m in find_special(text, lang)}, text


NOT_STATED = [
    ("nl", "Ik werk sinds 2019 bij de reclassering als reclasseringswerker."),
    ("nl", "Vacature: medewerker reclassering Utrecht, 32 uur."),
    ("en", "I worked as a probation officer for the county for six years."),
    ("en", "Please check the court date format in the HR template."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_STATED)
def test_the_justice_system_as_work_or_topic_is_not_found(lang: str, text: str) -> None:
    assert C not in {m.entity for m in find_special(text, lang)}, text


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Bij de blokkade van zaterdag wordt hij misschien opgepakt, zegt hij."),
    ("nl", "Hij zegt dat hij misschien wordt opgepakt bij de demonstratie."),
    ("nl", "Wie daar gaat staan kan opgepakt worden door de ME."),
])
def test_an_arrest_that_may_come_is_none_yet(lang: str, text: str) -> None:
    assert C not in {m.entity for m in find_special(text, lang)}, text
