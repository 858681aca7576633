"""Special categories a text names about no one (issue #15, stop 78), and the person's own
statements beside them that stay. Synthetic texts, made-up names.

- A condition written with a capital and an organisation's head right after it, or after one
  or two more capitalised words ("the Lupus Association", "Alzheimer Nederland", "Hiv Aids
  Nederland"): a patients' association or a fund by its name, someone's employer or client
  (rules.toml health_org_heads).
- A party's, a union's or a faith's name with its office's word right after it, or after one
  word more ("the SP head office", "het CDA-kantoor"): the organisation's premises, where
  someone works or delivers, no one's opinion (rules.toml office_heads).
- A named teller reporting what happened to one of a group ("Sanne zei dat een van de
  uitzendkrachten ...", "Tom said that one of our drivers ..."): an unnamed member's, not the
  teller's (special_rules._one_of_a_group).
"""

from __future__ import annotations

import pytest

from detectors import detect


def _special(text: str, lang: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Planning board: the Lupus Association wants two receptionists from January.", "en"),
    ("2021-2024  Office manager (temp), Migraine Foundation – Hoofdpijn Nederland, Utrecht",
     "en"),
    ("Klant: Alzheimer Nederland, afdeling Zwolle. Contact: Ruben Kok, 06-12345678", "nl"),
    ("Hij werkte twee jaar bij de Reuma Vereniging als telefonist.", "nl"),
    ("Factuur aan Cystic Fibrosis Trust, accounts payable. Ref: Ruben Kok", "en"),
    # beside a person's name
    ("Ruben Kok (planner): klant Alzheimer Nederland vraagt een receptionist, wie heeft er iemand?",
     "nl"),
    ("Ruben Kok heeft drie jaar bij Epilepsie Nederland gewerkt als receptionist.", "nl"),
])
def test_a_condition_naming_an_organisation_is_no_ones(text: str, lang: str) -> None:
    assert _special(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "term"), [
    # the person's own condition beside the organisation stays
    ("Ik werk bij de Reuma Vereniging. Zelf heb ik reuma sinds 2015.", "nl", "reuma"),
    ("I volunteer for the Lupus Association because I have lupus myself.", "en", "lupus"),
    # a capitalised condition with no organisation's word after it stays
    ("Ruben Kok heeft Alzheimer. Zijn dochter belt ons.", "nl", "Alzheimer"),
    ("Diagnose: Parkinson\nWerknemer: Ruben Kok", "nl", "Parkinson"),
])
def test_a_persons_own_condition_beside_it_stays(text: str, lang: str, term: str) -> None:
    assert term in _special(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Delivery note: 40 chairs to the SP headquarters, attn. R. Kok, gate 2.", "en"),
    ("Ik werk sinds maart op het CDA-kantoor in Den Haag, als receptionist.", "nl"),
    ("Pakket afgeleverd bij FNV centraal secretariaat, t.a.v. Ruben Kok.", "nl"),
    ("Hoi Ruben, kun jij morgen de pakketten naar het PvdA regiokantoor brengen?", "nl"),
])
def test_an_organisations_office_is_no_ones_opinion(text: str, lang: str) -> None:
    assert _special(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "term"), [
    ("Ik ben lid van het CDA. Het kantoor is in Den Haag.", "nl", "CDA"),
    ("Ruben Kok is lid van de FNV sinds 2012.", "nl", "FNV"),
    ("I have been a member of the SP since 2010 and work at its office.", "en", "SP"),
])
def test_a_membership_beside_an_office_stays(text: str, lang: str, term: str) -> None:
    assert term in _special(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Punt 3. Sanne zei dat een van de uitzendkrachten vorig jaar een epileptische aanval kreeg.",
     "nl"),
    ("Incidents: Tom Visser said that one of our drivers had a heart attack in the yard.", "en"),
    ("Ruben meldt dat twee van onze heftruckchauffeurs rugklachten hebben door de nieuwe stoelen.",
     "nl"),
])
def test_one_of_a_group_is_no_ones(text: str, lang: str) -> None:
    assert _special(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "term"), [
    ("Sanne zei dat zij vorig jaar een epileptische aanval kreeg.", "nl", "epileptische aanval"),
    ("Tom said that one of the drivers called, and he himself has migraine again.", "en",
     "migraine"),
])
def test_the_tellers_own_condition_stays(text: str, lang: str, term: str) -> None:
    assert term in _special(text, lang)
