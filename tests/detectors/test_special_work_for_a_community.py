"""Special-category words that name a body the person works for, a post or a group, not the
person (stop 50), each with its positive twin:

- a website, a stream or the books kept for a church or a mosque, in a CV's own section or
  a letter's first person ("Webmaster en beheer livestream Hervormde Gemeente Hattem",
  "maintained the website ... of a Pentecostal church"): work for its body, no belief;
  a member, an elder or a choir singer there stays one;
- a disease in an institute's or a fund's name ("Erasmus MC Cancer Institute") and a
  doctoral candidate's post ("PhD candidate"): a job, nobody's illness;
- a group described by the term ("collega's met een chronische ziekte"): colleagues in
  general; one colleague, or colleagues who saw one person's act, stay about that person.
Texts written for these tests; names invented."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

NOTHING = [
    ("nl", "Nevenactiviteiten\n- Webmaster en beheer livestream Hervormde Gemeente Hattem\n"),
    ("en", ("Volunteer work:\nMaintaining the website and prayer-times widget of the Ulu "
            "Moskee Utrecht (since 2019)\n")),
    ("en", ("For two years I maintained the website and online giving page of a Pentecostal "
            "church in Groningen as a volunteer.\n")),
    ("nl", "Vrijwilligerswerk: systeembeheer en website voor de Baptistengemeente Zwolle\n"),
    ("en", ("Experience\n2017 - 2021      PhD candidate, Medical Physics, Erasmus MC Cancer "
            "Institute\n")),
    ("nl", "Werkervaring\n2018 - 2022 Promovendus, Antoni van Leeuwenhoek Kanker Instituut\n"),
    ("nl", ("Anil vraagt hoe om te gaan met collega's met een chronische ziekte die vaker kort "
            "verzuimen.\n")),
]

FOUND = [
    ("nl", "Nevenactiviteiten\n- Ouderling, Hervormde Gemeente Hattem\n", "SPECIAL_RELIGION"),
    ("en", "I am a member of a Pentecostal church in Groningen.\n", "SPECIAL_RELIGION"),
    ("en", "The candidate told us he was treated for cancer last year.\n", "SPECIAL_HEALTH"),
    ("nl", "Anil vertelt dat zijn collega een chronische ziekte heeft.\n", "SPECIAL_HEALTH"),
    ("nl", ("Op 12 november bent u op camerabeelden en door twee collega's gezien bij "
            "diefstal van gereedschap uit het magazijn.\n"), "SPECIAL_CRIMINAL"),
    # (stop 50) a radiologist's and a GGD letter's words for a slipped disc and latent TB
    ("en", "He has a lumbar disc herniation (L5-S1) confirmed by MRI.\n", "SPECIAL_HEALTH"),
    ("en", "She told us she has a latent TB infection and starts tablets.\n", "SPECIAL_HEALTH"),
    ("nl", "Zij vertelde dat ze een latente tbc heeft en tabletten krijgt.\n", "SPECIAL_HEALTH"),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_states_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_still_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


# (stop 70) A congregation by its denomination's name ("Hervormde Gemeente Oene", "de
# Gereformeerde Kerk Urk") in a CV's own section is a place of worship as "de kerk" is: work
# done there (a library, an archive, a sexton's job) states no belief; an office or a
# membership beside it does.
CONGREGATION_WORK = [
    "Vrijwilligerswerk:\nInventariseren boekencollectie, Hervormde Gemeente Oene (sinds 2014)\n",
    "Nevenactiviteiten\n- Koster bij de Gereformeerde Kerk Urk\n",
    "Vrijwilligerswerk\n2011 - heden  Geluidstechnicus, Christelijk Gereformeerde Kerk Oene\n",
    "Volunteering:\nSorting the archive of the Hervormde Gemeente Zwolle-Zuid\n",
]
CONGREGATION_OWN = [
    "Vrijwilligerswerk:\nOuderling van de Hervormde Gemeente Oene\n",
    "Vrijwilligerswerk:\nLid van de Gereformeerde Kerk Urk, koster\n",
]


@pytest.mark.parametrize("text", CONGREGATION_WORK)
def test_work_at_a_congregation_states_no_belief(text: str) -> None:
    lang = "en" if "Volunteering" in text else "nl"
    assert find_special(text, lang) == []


@pytest.mark.parametrize("text", CONGREGATION_OWN)
def test_an_office_or_a_membership_at_a_congregation_does(text: str) -> None:
    assert "SPECIAL_RELIGION" in {m.entity for m in find_special(text, "nl")}
