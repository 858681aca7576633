"""Vocabulary from references (conditions.txt from ICD-10 via make_conditions.py) and the
kinds that are no statement about the data subject: a relative's condition in a letter,
an absence status in someone else's words. All text synthetic."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special
from detectors.special_lexicon import DATA_DIR, _names_file


def _health(text: str, language: str, record: bool = False) -> list[str]:
    return [m.term for m in find_special(text, language, record=record)
            if m.entity == "SPECIAL_HEALTH"]


def test_the_condition_list_holds_both_spellings() -> None:
    names = set(_names_file(DATA_DIR / "conditions.txt"))
    assert len(names) > 500
    assert {"arthrosis", "artrose", "sarcoidosis", "sarcoidose", "melanoma", "melanoom"} <= names


@pytest.mark.parametrize("language, text, term", [
    # ICD-10 condition names (EN) and their Dutch spellings, tied to a person by a trigger
    ("nl", "De medewerker heeft last van een tendinitis in de schouder.", "tendinitis"),
    ("nl", "Ik ben bekend met sarcoïdose.", "sarcoïdose"),
    ("nl", "Oorzaak: pancreatitis", "pancreatitis"),
    ("nl", "Mijn diagnose is gonartrose.", "gonartrose"),
    ("en", "I have been treated for endometriosis.", "endometriosis"),
    ("en", "The employee has polymyalgia and is off work.", "polymyalgia"),
])
def test_a_reference_condition_about_a_person_is_health(language: str, text: str,
                                                        term: str) -> None:
    assert term in _health(text, language)


@pytest.mark.parametrize("language, text", [
    # the same names in a record about one person: every health term is about that person
    ("nl", "Ziekmelding 3 maart. Appendicitis, opname verwacht."),
    ("en", "Absence 4 May. Cholecystitis, surgery planned."),
])
def test_a_reference_condition_in_a_record_is_health(language: str, text: str) -> None:
    assert _health(text, language, record=True)


@pytest.mark.parametrize("language, text", [
    # a relative's condition in a letter: not the writer's, and no one the text identifies
    ("nl", "Door de zorg voor mijn oma met dementie koos ik voor dit vak."),
    ("nl", "Mijn vader had kanker; daardoor weet ik wat mantelzorg is."),
    ("en", "Caring for my grandmother with dementia made me choose this work."),
    ("en", "My father had diabetes, so I know how much good care matters."),
    # an absence status in someone else's words: that someone is absent, not why
    ("nl", "De werknemer zit sinds maart in de Ziektewet."),
    ("en", "The employee is on sick leave until June."),
])
def test_no_statement_about_the_data_subject(language: str, text: str) -> None:
    assert _health(text, language) == []


@pytest.mark.parametrize("language, text", [
    # the person's own words and a field still state it
    ("nl", "Ik zit sinds maart in de Ziektewet."),
    ("en", "I have been on sick leave since March."),
    ("nl", "Mijn moeder en ik hebben allebei diabetes."),
])
def test_own_words_still_state_it(language: str, text: str) -> None:
    assert _health(text, language)


@pytest.mark.parametrize("language, text, entity", [
    # parties and unions by name (parties.txt, unions.txt from make_organisations.py)
    ("nl", "Hij is lid van Prawo i Sprawiedliwość.", "SPECIAL_POLITICS"),
    ("nl", "Zij stemt op Vlaams Belang.", "SPECIAL_POLITICS"),
    ("en", "He is a member of the Partidul Social Democrat.", "SPECIAL_POLITICS"),
    ("nl", "Ik ben lid van FNV Bouw.", "SPECIAL_TRADE_UNION"),
    ("nl", "De medewerker is lid van NSZZ Solidarność.", "SPECIAL_TRADE_UNION"),
    ("en", "I am a member of IG Metall.", "SPECIAL_TRADE_UNION"),
    ("nl", "Ik ben lid van de AVV.", "SPECIAL_TRADE_UNION"),
    # a name with a dot in it, at a sentence's end too
    ("nl", "Tijdens mijn werk in Keulen werd ik lid van ver.di.", "SPECIAL_TRADE_UNION"),
    ("en", "She has been a ver.di member since 2015.", "SPECIAL_TRADE_UNION"),
    # a form's union field; a seat on a party's board
    ("en", "Union: Unite", "SPECIAL_TRADE_UNION"),
    ("nl", "Notitie: zit in het bestuur van de PVV-afdeling Venlo.", "SPECIAL_POLITICS"),
    ("en", "He sits on the board of the local Labour Party branch.", "SPECIAL_POLITICS"),
])
def test_a_party_or_union_by_name_with_a_member(language: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, language)}


@pytest.mark.parametrize("language, text", [
    # abbreviations that are no party or union: "afd." (afdeling), "AVV" (of a cao)
    ("nl", "Ik werk op de afd. logistiek."),
    ("nl", "Na de AVV van de cao geldt die voor ons allemaal; ik ben er blij mee."),
    # a name without a member: an organisation, not a membership
    ("nl", "De FNV Bouw organiseert een staking."),
    ("en", "European Union: member state since 1958."),
])
def test_no_membership_without_one(language: str, text: str) -> None:
    assert find_special(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("nl", "Verzuimmelding. Medewerker belde: voedselvergiftiging, morgen weer."),
    ("nl", "Ziekmelding 12-03. Snijwond aan de hand, gehecht bij de huisartsenpost."),
    ("nl", "Afwezig: verstandskiezen getrokken, twee dagen thuis."),
    ("nl", "Belde in: hand gesneden bij het koken, kan niet typen."),
    ("nl", "Reden: allergische reactie na een wespensteek."),
    ("en", "Absence note. Called in sick: food poisoning, back on Monday."),
    ("en", "Off sick today, hurt my back lifting boxes at home."),
    ("en", "Called in: tooth abscess, dentist tomorrow."),
    ("en", "Update: carpal tunnel flared up again, typing is painful."),
    ("en", "Off work with a stomach bug since Tuesday."),
])
def test_everyday_causes_of_absence_in_a_record(language: str, text: str) -> None:
    """The lay words of a short absence (infections, wounds, dental, strains) are health
    data in an absence record."""
    assert _health(text, language, record=True)


@pytest.mark.parametrize("language, text", [
    ("nl", "Melding bedrijfsongeval: medewerker uitgegleden in hal 3, melding Arbeidsinspectie."),
    ("en", "Accident at work reported to the safety officer; the floor was wet."),
])
def test_a_work_accident_is_no_diagnosis(language: str, text: str) -> None:
    """The employer must register a work accident (Arbowet art. 9): the accident itself is
    no health term."""
    assert _health(text, language, record=True) == []
