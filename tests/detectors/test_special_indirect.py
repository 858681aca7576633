"""Indirect statements of a special category (issue #15): a practice, a partner, a role, a
device used by someone, written the way people write them in notes, e-mails and logs, each
kind with a twin that states nothing about one person. Written for this test (no blind set's
wording); data: detectors/data/special/*.toml and indirect.toml."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

RELIGION, ORIENTATION = "SPECIAL_RELIGION", "SPECIAL_SEXUAL_ORIENTATION"
UNION, BIOMETRIC = "SPECIAL_TRADE_UNION", "SPECIAL_BIOMETRIC"
POLITICS, CRIMINAL = "SPECIAL_POLITICS", "SPECIAL_CRIMINAL"

FOUND = [
    # a practice of a faith said of the person
    ("nl", "Zij draagt sinds vorig jaar een hoofddoek op het werk.", RELIGION),
    ("nl", "Hij gaat elke zondag naar de kerk en wil dan niet ingeroosterd worden.", RELIGION),
    ("nl", "Mevrouw viert het Suikerfeest met haar familie en vraagt die dag vrij.", RELIGION),
    ("nl", "Hij is twee jaar geleden bekeerd tot de islam.", RELIGION),
    ("nl", "Zij houdt de sjabbat en werkt niet op zaterdag.", RELIGION),
    ("en", "She fasts during Ramadan and would like shorter shifts.", RELIGION),
    ("en", "He attends Mass every Sunday morning.", RELIGION),
    ("en", "She wears a headscarf and asked about the uniform.", RELIGION),
    ("en", "He observes Shabbat, so no Saturday shifts.", RELIGION),
    ("en", "She converted to Islam last year.", RELIGION),
    ("en", "He asked for leave for Eid al-Fitr.", RELIGION),
    # a partner of the same sex
    ("nl", "Hij woont samen met zijn man in Deventer.", ORIENTATION),
    ("nl", "Zij en haar vrouw hebben twee kinderen.", ORIENTATION),
    ("en", "He and his husband adopted a child last spring.", ORIENTATION),
    ("en", "She married her wife in 2019.", ORIENTATION),
    ("en", "He mentioned that his fiancé is also in logistics.", ORIENTATION),
    ("en", "She lives with her fiancée in Haarlem.", ORIENTATION),
    ("nl", "Hij is lid van het regenboognetwerk van het bedrijf.", ORIENTATION),
    # a union role or the union acting for the person
    ("nl", "Zij is al jaren kaderlid en zit in de onderhandelingsdelegatie.", UNION),
    ("nl", "Hij wordt bijgestaan door zijn vakbondsjurist.", UNION),
    ("nl", "Mevrouw laat zich bijstaan door de FNV.", UNION),
    ("en", "Her union rep attended the hearing.", UNION),
    ("en", "He is represented by his union in the dismissal case.", UNION),
    # a candidacy
    ("nl", "Hij stond bij de gemeenteraadsverkiezingen op de lijst voor GroenLinks.", POLITICS),
    ("nl", "Nevenfuncties: CDA-afdeling Zwolle.", POLITICS),
    ("en", "She stood as a candidate for the Labour Party in the local elections.", POLITICS),
    # a sentence served by the person, by its device
    ("nl", "Hij draagt een enkelband tot maart.", CRIMINAL),
    ("en", "He is wearing an ankle tag until his curfew ends.", CRIMINAL),
    # biometric data used by one person
    ("nl", "Medewerker J. de Wit klokt in met zijn vingerafdruk.", BIOMETRIC),
    ("nl", "Zij meldt zich bij de poort aan met gezichtsherkenning.", BIOMETRIC),
    ("en", "07:58 badge 4471 P. Janssen face match OK, gate 3", BIOMETRIC),
    ("en", "Employee K. Bos: fingerprint verified at terminal 2.", BIOMETRIC),
]

NOT_FOUND = [
    ("nl", "Zij werkt als administratief medewerker bij de Protestantse Kerk in Utrecht.", RELIGION),
    ("en", "He worked as a caretaker at St. Mary's Church for six years.", RELIGION),
    ("nl", "Het bedrijf heeft een stiltekamer voor wie wil bidden.", RELIGION),
    ("nl", "Zijn vriend van de voetbalclub helpt met de verhuizing.", ORIENTATION),
    ("en", "Her husband picks her up after the shift.", ORIENTATION),
    ("en", "He and his wife moved to Arnhem.", ORIENTATION),
    ("nl", "De vakbond heeft een nieuwe cao afgesloten voor de sector.", UNION),
    ("nl", "Via een vriendin hoorde ik dat de FNV-afdeling Zorg een nieuwe medewerker zoekt.",
     UNION),
    ("en", "Union members are entitled to a discount on the course.", UNION),
    ("nl", "De kieslijst van de partij wordt in maart bekend.", POLITICS),
    ("nl", "Alle medewerkers klokken in met een badge; vingerafdrukken worden niet gebruikt.",
     BIOMETRIC),
    ("en", "The genome centre sequences samples for research projects.", BIOMETRIC),
    ("en", "Lab technician, Genome Centre. I ran genetic testing on patient samples.", BIOMETRIC),
    ("nl", "Analist bij een genoomcentrum. Ik deed DNA-analyses op monsters van patiënten.",
     BIOMETRIC),
    ("nl", "Hij is moslim.\nTeam: logistiek, ploegendienst.", "none"),
    # the hard negatives of issue #15: a task, care work, a church as employer, "you"
    ("nl", "Taken: proces-verbaal opmaken van aangiftes van diefstal en inbraak.", CRIMINAL),
    ("en", "Tasks: writing police reports on burglary and assault cases.", CRIMINAL),
    ("nl", "Als verzorgende help ik cliënten met dementie en diabetes.", "SPECIAL_HEALTH"),
    ("nl", "Werkzaam als koster bij de Hervormde Kerk Ede.", RELIGION),
    ("en", "As a union member you get a discount on the course.", UNION),
]


@pytest.mark.parametrize(("lang", "text", "entity"), FOUND)
def test_indirect_statement_found(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}


@pytest.mark.parametrize(("lang", "text", "entity"), NOT_FOUND)
def test_no_statement_about_one_person(lang: str, text: str, entity: str) -> None:
    assert entity not in {m.entity for m in find_special(text, lang)}


def test_exclusion_after_a_term_stops_at_the_sentence_end() -> None:
    # "Team:" on the next line is a new field, not the work word of "moslim"
    assert "SPECIAL_RELIGION" in {m.entity for m in find_special(
        "Hij is moslim.\nTeam: logistiek, ploegendienst.", "nl")}
    assert "SPECIAL_RELIGION" in {m.entity for m in find_special(
        "She is Muslim. Team lead since 2021.", "en")}


def test_members_in_general_are_no_one() -> None:
    for lang, text in [("en", "Union members are entitled to a discount on the course."),
                       ("nl", "Alle vakbondsleden krijgen korting op de cursus.")]:
        assert not find_special(text, lang)
    # two members named by the note: about them
    assert "SPECIAL_TRADE_UNION" in {m.entity for m in find_special(
        "Beide vakbondsleden, Ahmed Yilmaz en Karin de Boer, waren bij het gesprek.", "nl")}
