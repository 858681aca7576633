"""Whose a special-category term is, read from the words right around it: an employer's
kind, a course's subject, a product code, someone the writer works with, the agent of a
passive, and the writer's own possessive in a long sentence."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("text", "lang"), [
    # an employer's kind in brackets after its name, or a name that ends in its head
    ("Inzet: Stichting Kompas (verslavingszorg), avonddiensten\nMedewerker: P. Smit", "nl"),
    ("Assignment: Horizon Clinic (dementia care), night shifts, two weeks.", "en"),
    ("Our support workers start at Northgate Dementia Care next Monday.", "en"),
    # a course's subject
    ("I completed the e-learning epilepsy first response and my first-aid course.", "en"),
    ("Ik heb de e-learning diabetes herkennen afgerond en mijn BHV gehaald.", "nl"),
    # a form of address that is a product's code
    ("Offer: one insulin fridge, type MS-220, for the nurses' station.", "en"),
    # someone the writer works with, no one who can be identified
    ("Nu begeleid ik een jongen van 14 met autisme bij zijn schoolwerk.", "nl"),
    ("Vorig jaar ondersteunde ik een vrouw met dementie in haar thuissituatie.", "nl"),
    ("At the day centre I assisted a man of 70 with Parkinson's disease.", "en"),
])
def test_no_ones_health(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang) == []


@pytest.mark.parametrize(("text", "lang", "term"), [
    # the writer who is the one with the condition, and the writer's kin
    ("Ik ben een vader met diabetes en werk het liefst overdag.", "nl", "diabetes"),
    ("I am a woman with epilepsy and I do not drive.", "en", "epilepsy"),
    ("Ik heb een dochter met autisme, daarom werk ik niet op woensdag.", "nl", "autisme"),
    # the writer's own condition in a sentence that names three categories
    (("Being a lesbian from a Catholic village, and after beating my own anorexia in 2019, "
     "I want to support young people."), "en", "anorexia"),
    (("Als biseksuele vrouw uit een streng gelovig gezin en na mijn eigen burn-out weet ik "
     "hoe eenzaam dat voelt."), "nl", "burn-out"),
])
def test_own_or_kins_health(text: str, lang: str, term: str) -> None:
    assert any(term in hit for hit in found(text, "SPECIAL_HEALTH", lang))


@pytest.mark.parametrize(("text", "lang"), [
    # the agent of the passive is who reported it, not the offence's kind
    ("He was reported to the police for fraud by his former employer.", "en"),
    ("She has been reported to the police for shoplifting by the store manager.", "en"),
])
def test_offence_with_its_reporter(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_CRIMINAL", lang) != []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ms Verbeek takes medication for her epilepsy.", "en"),
    ("Our client Mr Doorn was admitted with pneumonia last week.", "en"),
])
def test_forms_of_address_still_name(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_HEALTH", lang) != []


CV_WITH_CHURCH = """Curriculum vitae
Marieke de Groot
Nunspeet · 06-23 45 67 81

Persoonlijk
Getrouwd, twee kinderen. {line}

Werkervaring
2016 – nu      Woonbegeleider, Stichting De Schutse, Harderwijk
2009 – 2016   Helpende, verpleeghuis Het Anker, Elburg

Opleiding
MBO 3 Helpende Zorg en Welzijn (2009)

Beschikbaar: ochtenddiensten, geen zondagsdiensten
"""


@pytest.mark.parametrize("line", [
    ("Mijn geloof geeft mij richting; ik ben actief lid van de Christelijke Gereformeerde Kerk "
    "in Nunspeet."),
    "Het geloof is voor mij belangrijk: ik ben actief lid van de Hervormde gemeente in Elspeet.",
])
def test_church_membership_read_once(line: str) -> None:
    # the learned second opinion's "actief" weighs for a party; the rules read the sentence's
    # membership as a church's: one membership, not a party's too
    text = CV_WITH_CHURCH.format(line=line)
    assert found(text, "SPECIAL_RELIGION") != []
    assert found(text, "SPECIAL_POLITICS") == []


@pytest.mark.parametrize(("text", "lang"), [
    (("For my thesis I interviewed teachers who run a Queer Youth Alliance in their "
     "school."), "en"),
    ("I organised two lunches of the Gay Business Network for our clients.", "en"),
])
def test_an_orientation_word_in_a_bodys_name(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_SEXUAL_ORIENTATION", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("I am gay and I volunteer at a youth centre.", "en"),
    ("As a lesbian I know how it feels to hide at work.", "en"),
])
def test_an_orientation_said_of_oneself(text: str, lang: str) -> None:
    assert found(text, "SPECIAL_SEXUAL_ORIENTATION", lang) != []


CV_WORK = ("CURRICULUM VITAE\n\nLotte Bakker\nKerkstraat 4, 8011 AB Zwolle\n\nWerkervaring\n"
           "2022 – heden   Woonbegeleider, Stichting De Kern, Zwolle\n"
           "               begeleiding van jongvolwassenen in een logeerhuis\n"
           "{line}\n\nOpleiding\nHBO Bestuurskunde, Saxion (2014)\n")


def test_a_party_group_as_employer_in_work_experience() -> None:
    line = "2017 – 2021   Fractieassistent, SGP-fractie Provinciale Staten Zeeland"
    assert found(CV_WORK.format(line=line), "SPECIAL_POLITICS") == []


@pytest.mark.parametrize("text", [
    "Nevenfuncties\n- Penningmeester SP-afdeling Deventer",
    "Zij is actief in de SP-afdeling Deventer.",
])
def test_a_party_unit_outside_work_is_a_membership(text: str) -> None:
    assert found(text, "SPECIAL_POLITICS") != []
