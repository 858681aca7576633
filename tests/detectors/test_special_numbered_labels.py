"""A field label with its number among its like ("Locatie 2:", "Employer #1:", "Reden b:")
is read by its word (special_rules._bare_label, issue #15 stop 36): under a place, employer
or client label the value names an organisation, not someone's belief or membership; under a
person's label it stays that person's. Texts are our own."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special


def _found(text: str, lang: str) -> set[str]:
    return {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("text", "lang"), [
    (("Schoonmaakrooster week 9\nLocatie 3: Gereformeerde kerk Bethel - vloeren\n"
     "Ploeg: Joyce, Ruud\n"), "nl"),
    ("Werkbon\nLocatie B: Protestantse kerk Het Anker – ramen\nPloeg: Esra, Tim\n", "nl"),
    ("Inzetoverzicht\nKlant 2: Moskee Mevlana - catering\nChauffeur: Ruud\n", "nl"),
    (("Inzetoverzicht\nOpdrachtgever nr. 4: Synagoge Amstelland – beveiliging\n"
     "Beveiliger: Koen\n"), "nl"),
    ("Cleaning schedule\nLocation 1: St Anne's Catholic Church - floors\nCrew: Amy, Joe\n",
     "en"),
    ("Placements\nClient #2: Baptist Church Riverside - reception cover\nTemp: Liam\n", "en"),
    ("Reference check\nEmployer 1: Evangelical Alliance Trust\nCandidate: Joe Brown\n", "en"),
    ("Werkervaring\nWerkgever 2: Islamitische basisschool Al Ghazali\nNaam: Esra Kaya\n", "nl"),
])
def test_a_numbered_place_or_employer_label_names_an_organisation(text: str,
                                                                  lang: str) -> None:
    assert "SPECIAL_RELIGION" not in _found(text, lang)


@pytest.mark.parametrize(("text", "lang", "entity"), [
    ("Verlofformulier\nNaam: Esra Kaya\nReden 1: Suikerfeest\nReden 2: verhuizing\n", "nl",
     "SPECIAL_RELIGION"),
    ("Leave form\nName: Joe Brown\nReason 2: Yom Kippur\n", "en", "SPECIAL_RELIGION"),
    ("Intake\nNaam: Ruud Smit\nNevenfunctie 1: kaderlid FNV\n", "nl", "SPECIAL_TRADE_UNION"),
])
def test_a_numbered_person_label_keeps_its_value_the_persons(text: str, lang: str,
                                                             entity: str) -> None:
    assert entity in _found(text, lang)


@pytest.mark.parametrize(("label", "field"), [
    # a lone letter that is the name's own: the label stays whole
    ("Hepatitis B", "hepatitis b"),
    ("Vitamine D", "vitamine d"),
    ("Hepatitis C-status", "hepatitis c-status"),
    ("Klasse b", "klasse b"),
    ("Bijlage c", "bijlage c"),
    # a number, a letter after nr/#, or a letter on a field the lexicon knows: enumerated
    ("Locatie B", "locatie"),
    ("Werkgever c", "werkgever"),
    ("Klant nr. b", "klant"),
    ("Client #d", "client"),
    ("Reden 2", "reden"),
    ("Hepatitis 2", "hepatitis"),
])
def test_a_lone_letter_enumerates_only_a_known_field(label: str, field: str) -> None:
    """"Hepatitis B:" and "Vitamine D:" are fields of their own (stop 36 read them as the
    fields "hepatitis" and "vitamine"); "Locatie B:" is the field "locatie", lettered."""
    from detectors.special_lexicon import load_lexicon
    from detectors.special_rules import line_label

    lang = "en" if label.startswith("Client") else "nl"
    text = f"{label}: waarde\n"
    assert line_label(text, len(label) + 2, load_lexicon(lang)) == (field, len(label) + 1)
