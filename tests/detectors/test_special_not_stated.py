"""Texts that name a special category without stating it about anyone (stop 41,
detectors/special_rules.py; rules.toml topic_labels, offence_participles): a meeting's topic,
a condition's acronym opening a school's name, a thing that was stolen and a blank
questionnaire. Each kind has a twin that still states it. All names synthetic."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, language: str, entity: str) -> bool:
    return any(d.entity == entity for d in detect(text, language, document=True))


HEALTH, CRIMINAL = "SPECIAL_HEALTH", "SPECIAL_CRIMINAL"
ORIENTATION = "SPECIAL_SEXUAL_ORIENTATION"

NOT_STATED = [
    # a topic field of minutes or a course: the subject, anyone's
    ("en", ("Safety briefing - depot Venlo\nTopic: back pain and lifting technique\n"
            "Present: 9 drivers, team lead Wim\n- Wim showed how to lift a crate."), HEALTH),
    ("nl", ("Toolbox bouwplaats Almere\nThema: hooikoorts en medicatie op de steiger\n"
            "Aanwezig: ploeg Dirk, uitvoerder Kees\n- Kees gaf tips."), HEALTH),
    # a condition's acronym opening a name
    ("nl", ("Klantkaart Stichting Christelijk Onderwijs Delta\nScholen: CBS De Regenboog, "
            "ADHD Centrum Zeeland (locatie Goes)\nContact: mw. P. Verburg, 0118-123456"), HEALTH),
    # a thing stolen: the loss, no one's offence
    ("nl", ("Incidentenregister vestiging Breda\n07-03 | telefoon planner gestolen uit de "
            "kantine | aangifte gedaan | toestel op afstand gewist"), CRIMINAL),
    ("en", ("Asset log\n2026-02-11: company van stolen from the car park in Tilburg, police "
            "report filed, tracker disabled."), CRIMINAL),
    # a blank questionnaire: asked, never answered
    ("nl", ("Vragenlijst welzijn (anoniem)\n3. Heb je een lichamelijke beperking of chronische "
            "ziekte?  [ ] ja  [ ] nee  [ ] zeg ik liever niet\n"), HEALTH),
    ("en", ("Staff survey 2026 (anonymous)\n5. How do you describe your sexual orientation?\n"
            "[ ] heterosexual\n[ ] gay or lesbian\n[ ] bisexual\n[ ] I'd rather not say\n"),
     ORIENTATION),
]

STATED = [
    ("en", ("Absence call - Sanne Vos\nReason: back pain after lifting crates, off until "
            "Friday.\n"), HEALTH),
    ("nl", "Intake Joris Bakker\nJoris heeft ADHD en gebruikt medicatie; werkt graag vroeg.\n",
     HEALTH),
    ("nl", ("Gespreksverslag Kees Jansen\nKees heeft toegegeven dat hij op 3 maart een "
            "telefoon van de opdrachtgever heeft gestolen.\n"), CRIMINAL),
    ("nl", ("Vragenlijst welzijn - Emre Kaya\n3. Heb je een chronische ziekte?  [x] ja  [ ] nee"
            "\nToelichting: diabetes type 1\n"), HEALTH),
]


@pytest.mark.parametrize(("language", "text", "entity"), NOT_STATED)
def test_named_but_not_stated(language: str, text: str, entity: str) -> None:
    assert not _found(text, language, entity)


@pytest.mark.parametrize(("language", "text", "entity"), STATED)
def test_the_twin_still_states_it(language: str, text: str, entity: str) -> None:
    assert _found(text, language, entity)


# (stop 41) a CV's "Overig"/"Other" section is the candidate's own, and an item closed by a
# bracket ends its line's clause: an exclusion in it ("collecte") no longer reaches the next
OWN_ITEMS = [
    ("nl", ("Cv Femke Jonker\nWerkervaring\n2019-2025 Planner, Transportbedrijf Smit\n\n"
            "Overig\nVrijwilliger bij het Longfonds (collecte)\nBestuurslid jongerenafdeling "
            "van de SP in Drenthe (ROOD) 2017-2019\n"), "SPECIAL_POLITICS"),
    ("en", ("CV - Tom Okafor\nExperience\n2020-2025 Mechanic, Garage Noord\n\nOther\n"
            "Volunteer for the Heart Foundation (street collection)\nYouth section of the FNV, "
            "treasurer 2021-2023\n"), "SPECIAL_TRADE_UNION"),
]


@pytest.mark.parametrize(("language", "text", "entity"), OWN_ITEMS)
def test_an_item_of_a_cvs_other_section_is_the_candidates(language: str, text: str,
                                                           entity: str) -> None:
    assert _found(text, language, entity)
