"""A special-category term no trigger ties to a person, linked by the sentence and the
document around it (detectors/special_link.py, data/special/link.toml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detectors import detect
from detectors.special_category import find_special
from detectors.special_lexicon import load_lexicon
from detectors.special_link import is_linked, link_evidence, load_link_rules

LINKED = [
    # a name and a pronoun in the sentence before: a note about one person
    ("nl", "Sanne belde vanochtend over haar rooster. Homo, woont samen met partner.",
     "SPECIAL_SEXUAL_ORIENTATION"),
    ("nl", ("Gesprek met Ahmed over haar planning. Soennitisch moslim, wil vrij met het "
           "Suikerfeest."), "SPECIAL_RELIGION"),
    ("en", "Spoke with Priya about her availability. Practising Hindu, fasts on Mondays.",
     "SPECIAL_RELIGION"),
    # a note's sentence with its subject left out
    ("nl", "- Komt uit een Hindostaans gezin.", "SPECIAL_ETHNICITY"),
    ("nl", "- Is al twintig jaar lid, FNV Metaal.", "SPECIAL_TRADE_UNION"),
    ("nl", "Notitie intake\n- Geeft aan lesbisch te zijn.", "SPECIAL_SEXUAL_ORIENTATION"),
    ("en", "- Identifies as bisexual, asked us to keep it confidential.",
     "SPECIAL_SEXUAL_ORIENTATION"),
    ("en", "- Is a Unite member, wants dues deducted.", "SPECIAL_TRADE_UNION"),
    # a union and its name spelt out in brackets are one organisation, not a list of them
    ("nl", ("Gesprek met Sanne.\n- Heeft de AVV (Alternatief voor Vakbond) als bond, wil "
           "inhouding."), "SPECIAL_TRADE_UNION"),
    # initials and a surname are a name too
    ("nl", "Belnotitie 12-03: taakstraf van 60 uur afgerond, aldus J. Pietersen zelf.",
     "SPECIAL_CRIMINAL"),
    # a pronoun far before a party: the link decides, not the work rule
    ("nl", "Zij vertelde na afloop van het gesprek uitgebreid over de verkiezingen en de PVV.",
     "SPECIAL_POLITICS"),
]

NOT_LINKED = [
    # a CV's timeline and work section name employers
    ("nl", "Werkervaring\n2019 - 2021  Beleidsmedewerker, CDA - Den Haag\n"),
    ("en", "Work experience\n2018 - 2022  Policy adviser, Labour Party\n"),
    ("nl", ("Werkervaring\nAdviseur bij Sanne en Partners\n- Opdracht: begeleiding van Sanne en "
           "gedetineerden in detentie.\n")),
    # several unions in one sentence: the organisations, not one person's membership
    ("nl", "Sanne schoof aan bij het overleg met FNV en CNV over de cao."),
    # "hij/zij" is a contract's or a protocol's reader, no one's pronoun
    ("nl", ("De werknemer meldt het als hij/zij ziek is. Diefstal leidt tot ontslag op staande "
           "voet.")),
    # a term that needs a trigger: "proeftijd" is a contract's trial period too
    ("nl", "Sanne belde over haar contract. Proeftijd van twee maanden, daarna vast."),
    # a question opened by a verb is no note about someone
    ("nl", "Is dit beleid ook van toepassing op de moskee?"),
    ("en", "Is GMB involved in the talks?"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), LINKED)
def test_linked(lang: str, text: str, entity: str) -> None:
    found = [m for m in find_special(text, lang) if m.entity == entity]
    assert found and found[0].rule.startswith("person in context"), found


@pytest.mark.parametrize(("lang", "text"), NOT_LINKED)
def test_not_linked(lang: str, text: str) -> None:
    assert [m for m in find_special(text, lang) if m.rule_key == "linked"] == []


def test_a_policy_is_about_no_one() -> None:
    text = ("Privacyverklaring\nWij verwerken geen gegevens over religie van medewerkers. "
            "Medewerkers mogen een hoofddoek dragen. Vragen? Sanne van HR helpt je. Ook bij "
            "het Suikerfeest.")
    lex = load_lexicon("nl")
    start = text.index("Suikerfeest")
    found = link_evidence(text, start, start + len("Suikerfeest"), "nl", lex)
    assert "document_no_one" in found
    assert not is_linked(found, "nl")


def test_health_is_left_to_records() -> None:
    """Health terms with no person stay term-only: a record about one person makes them a
    finding, linking does not (link.toml categories)."""
    assert "SPECIAL_HEALTH" not in load_link_rules("nl").categories
    assert find_special("Sanne belde over haar rooster. Migraine, morgen weer.", "nl") == []


def test_every_friday_is_no_condition() -> None:
    """"elke vrijdag" says how often, not "whoever": the pronoun ties the term."""
    found = find_special("Hij gaat elke vrijdag naar de gurdwara, hij is sikh.", "nl")
    assert [m.term for m in found] == ["sikh"]
    found = find_special("She goes to the mosque every Friday, she is a practising Muslim.", "en")
    assert "SPECIAL_RELIGION" in {m.entity for m in found}


@pytest.mark.parametrize("body,key", [
    ("[nl]\nfirst_person = ['Ik']\n", "[nl].first_person"),
    ("weights = {pronoun = 2}\n", "[nl].first_person"),
    ("not toml = [\n", "cannot read"),
])
def test_a_broken_rules_file_is_named_with_its_key(tmp_path: Path, body: str, key: str) -> None:
    """Both rules files (link.toml, subject.toml) are read and checked by one reader:
    the error names the file and the key, for link and subject alike."""
    from detectors.special_link import LinkDataError, load_link_rules
    from detectors.special_subject import SubjectDataError, load_subject_rules

    bad = tmp_path / "rules.toml"
    bad.write_text(body, encoding="utf-8")
    for load, error in ((load_link_rules, LinkDataError), (load_subject_rules, SubjectDataError)):
        with pytest.raises(error, match=re.escape(str(bad)) + ".*" + re.escape(key.split(".")[0])):
            load.__wrapped__("nl", bad)


@pytest.mark.parametrize(("text", "entity"), [
    (("[kopie ledenpas]\n\nBBB — Lidmaatschapskaart 2025\nNaam: Jan-Willem Bakker\n"
     "Lidnummer: 2025-10443\nGeldig tot: 31-12-2025\n"), "SPECIAL_POLITICS"),
    (('Ledenlijst LHBTIQ+-medewerkersnetwerk "Roze Ruimte" (intern)\n\nVoorzitter: Sanne Bakker\n'
     "Leden: Tom de Vries, Eva Smit, Daan Kok\n"), "SPECIAL_SEXUAL_ORIENTATION"),
    ("FNV Metaal — ledenpas\nNaam: Sanne Bakker\nLidnummer: 88120443\n", "SPECIAL_TRADE_UNION"),
])
def test_a_membership_record_links_its_organisation(text: str, entity: str) -> None:
    """A card, a member number or a member list beside a party, union or network names its
    holders as members (link.toml member_record)."""
    assert entity in {d.entity for d in detect(text, "nl", document=True)}


@pytest.mark.parametrize("text", [
    ("Vacature\nDe FNV zoekt een beleidsmedewerker ledenadministratie. Wij bieden een goed "
    "salaris en flexibele werktijden.\n"),
    ("Nieuwsbrief FNV Metaal\nBeste leden, de cao-onderhandelingen zijn hervat. Wij houden u op "
    "de hoogte.\n"),
    ("Voorbeeld ledenpas\nBBB — Lidmaatschapskaart 2025\nOp uw pas staan uw naam en uw "
    "lidnummer.\n"),
])
def test_a_membership_word_about_no_one_links_nothing(text: str) -> None:
    # a card's template names no one: judged over the whole document, as the scan does
    assert not [d for d in detect(text, "nl", document=True) if d.entity != "SPECIAL_HEALTH"
                and d.entity.startswith("SPECIAL_")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", ('EMPLOYMENT CONTRACT\n\nThe employer:\nCOC Nederland, Nieuwezijds Voorburgwal 68, '
           'Amsterdam ("employer"), represented by Tom de Vries, director,\n\nand the employee:\n'
           "Mark Jansen\n")),
    ("nl", ("Arbeidsovereenkomst\nPartijen:\nCNV Vakmensen (werkgever), gevestigd te Utrecht, te "
           "dezen vertegenwoordigd door Sanne Bakker, en\nMark de Vries, hierna: werknemer\n")),
])
def test_an_organisation_as_a_contracts_party_is_no_membership(lang: str, text: str) -> None:
    """Working for a union, a party, a church or an LGBT organisation is no category: the
    organisation as the employer of a contract is linked to no one by the names around it."""
    assert not [d for d in detect(text, lang) if d.entity.startswith("SPECIAL_")]


def test_the_member_beside_the_contracts_party_still_is_one() -> None:
    text = ("Arbeidsovereenkomst\nPartijen:\nCNV Vakmensen (werkgever), gevestigd te Utrecht\n"
            "en Mark de Vries, hierna: werknemer.\nMark de Vries is lid van de FNV.\n")
    assert "SPECIAL_TRADE_UNION" in {d.entity for d in detect(text, "nl")}
