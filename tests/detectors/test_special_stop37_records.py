"""Stop 37 (#15): a record's title names its person after any dash or a bar, and acute episodes
at work in their clipped lay words. Cases of our own, Dutch and English."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_subject import is_about_no_one

TITLED = [
    ("nl", ("Plan van aanpak — Esther Brouwer (pers.nr. 5521)\nBij werknemer is reuma "
           "vastgesteld. Doel: werk behouden, 24 uur per week."), "reuma"),
    ("nl", ("Plan van aanpak | Daan Kuipers\nBij betrokkene is een longembolie vastgesteld; "
           "opbouw in vier weken."), "longembolie"),
    ("nl", ("Protocol verzuimbegeleiding — Sevda Aydin\nBij werknemer is diabetes type 2 "
           "vastgesteld. Afspraak: pauzes voor metingen."), "diabetes type 2"),
    ("en", ("Action plan — Priya Nair\nCrohn's disease was confirmed by the specialist; "
           "home working two days a week."), "crohn's disease"),
    ("en", ("Return-to-work plan | Tom Hughes\nA torn muscle was found on the scan; no "
           "kneeling work for six weeks."), "torn muscle"),
    ("nl", ("Plan van aanpak —Joost Verhagen\nEr is een hartritmestoornis vastgesteld. "
           "Werkhervatting na controle."), "hartritmestoornis"),
    ("en", ("Procedure review — Lisa Bakker\nA stomach ulcer was found at the clinic; light "
           "duties until the next check."), "stomach ulcer"),
    ("nl", ("Beleid thuiswerk | Noor de Wit\nBij werknemer is astma vastgesteld; werken "
           "in een stofvrije ruimte."), "astma"),
]


@pytest.mark.parametrize("language, text, term", TITLED)
def test_a_record_whose_title_names_its_person_is_about_someone(language: str, text: str,
                                                                 term: str) -> None:
    assert not is_about_no_one(text, language)
    found = [m.term for m in find_special(text, language, record=True)]
    assert any(term in t for t in found), found


@pytest.mark.parametrize("language, text", [
    ("nl", ("Plan van aanpak — nieuwe vestiging\nWij vragen medewerkers hun voorkeur door te "
           "geven. Medewerkers met diabetes mogen pauzes nemen.")),
    ("en", ("Sickness policy | all staff\nEmployees must report sick before 9. Staff with "
           "asthma may ask for a dust-free desk.")),
])
def test_a_policy_title_with_a_dash_stays_about_no_one(language: str, text: str) -> None:
    assert is_about_no_one(text, language)


EPISODES = [
    # (mend) "hypo" only after its episode verb: alone it is also the mortgage
    ("nl", "Hij kreeg een hypo bij de lopende band.", "hypo"),
    ("nl", "Zij raakte in een hypo tijdens de late dienst.", "hypo"),
    ("nl", "Medewerker heeft lage bloedsuiker gehad en is naar huis.", "lage bloedsuiker"),
    ("nl", "Zij kreeg een anafylactische shock na een wespensteek.", "anafylactische shock"),
    ("nl", "Hij had een epileptisch insult in de kantine.", "epileptisch insult"),
    ("nl", "Zij kreeg een flauwte door de warmte in de hal.", "flauwte"),
    ("en", "He had a hypo on the night shift and went home.", "hypo"),
    ("en", "She went into anaphylactic shock after a bee sting.", "anaphylactic shock"),
    ("en", "The employee had a hypoglycaemic episode at the packing line.",
     "hypoglycaemic episode"),
]


@pytest.mark.parametrize("language, text, term", EPISODES)
def test_an_acute_episode_in_its_lay_word_is_health(language: str, text: str, term: str) -> None:
    found = [m.term for m in find_special(text, language) if m.entity == "SPECIAL_HEALTH"]
    assert any(term in t for t in found), found


@pytest.mark.parametrize("language, text", [
    ("nl", "De hypotheekrente is gestegen; zie hypo-overzicht van de bank."),
    ("en", "The hypothesis was tested at the plant."),
    ("nl", "Voor mijn hypo heb ik een werkgeversverklaring nodig."),
])
def test_words_that_only_begin_like_an_episode_are_none(language: str, text: str) -> None:
    assert not [m for m in find_special(text, language) if m.entity == "SPECIAL_HEALTH"]


SOFT_TISSUE = [
    ("nl", "Medewerker Sven zit vier weken thuis met een gescheurde achillespees.",
     "gescheurde achillespees"),
    ("nl", "Zij heeft een gescheurde meniscus opgelopen bij het voetballen.", "gescheurde meniscus"),
    ("nl", "Hij loopt moeilijk door een verrekte kuitspier.", "verrekte kuitspier"),
    ("nl", "Uitzendkracht heeft een overbelaste schouderpees van het tillen.",
     "overbelaste schouderpees"),
    ("en", "He has a torn meniscus and cannot kneel.", "torn meniscus"),
    ("en", "She is off with a ruptured achilles tendon.", "ruptured achilles tendon"),
    ("en", "The temp worker has a strained groin muscle from lifting.", "strained groin"),
    ("en", "He has a torn rotator cuff after the fall.", "torn rotator cuff"),
]


@pytest.mark.parametrize("language, text, term", SOFT_TISSUE)
def test_a_torn_or_strained_soft_tissue_is_an_injury(language: str, text: str,
                                                     term: str) -> None:
    found = [m.term for m in find_special(text, language) if m.entity == "SPECIAL_HEALTH"]
    assert any(term in t for t in found), found


@pytest.mark.parametrize("language, text", [
    ("nl", "De gescheurde pees van de kabelbaan is vervangen door de monteur."),
    ("en", "Strained muscle groups are trained in week two of the gym programme."),
])
def test_a_torn_part_of_no_one_is_no_statement(language: str, text: str) -> None:
    assert not [m for m in find_special(text, language) if m.entity == "SPECIAL_HEALTH"]
