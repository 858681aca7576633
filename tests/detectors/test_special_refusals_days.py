"""Two kinds of statements the DEV sets state without the usual term (issue #15): a VOG
refused or about to be for one person is criminal-record data (detectors/data/special/
criminal.toml), and a faith's day kept free ("niet op Joodse feestdagen") is a practice of it,
not a denial (detectors/special_rules.py ON_A_DAY); each with twins about no one."""

from __future__ import annotations

import pytest

from detectors.special_category import find_special

CRIMINAL, RELIGION = "SPECIAL_CRIMINAL", "SPECIAL_RELIGION"

STATED = [
    ("nl", ("VOG-overzicht\nKandidaat: P. de Boer\nStatus: Justis heeft een voornemen tot "
            "weigering van de VOG gestuurd.\n"), CRIMINAL),
    ("en", ("VOG overview\nCandidate: P. de Boer\nStatus: intention to refuse received from "
            "Justis.\n"), CRIMINAL),
    ("nl", "Mark Jansen kreeg een voornemen tot weigering.\n", CRIMINAL),
    ("nl", "Sarah vroeg of ze niet op Joodse feestdagen ingeroosterd kan worden.\n", RELIGION),
    ("nl", "Ruth heeft aangegeven dat ze niet op Joodse feestdagen werkt.\n", RELIGION),
    ("nl", "Ze werkt niet tijdens de ramadan in de avond, want ze vast.\n", RELIGION),
    ("en", "Rachel does not work on Jewish holidays.\n", RELIGION),
]

NOTHING = [
    ("nl", ("VOG-procedure\nAls Justis een voornemen tot weigering stuurt, kan de kandidaat "
            "binnen twee weken een zienswijze indienen.\n")),
    ("nl", "Beleid VOG\nBij een voornemen tot weigering nemen wij contact op met de kandidaat.\n"),
    ("nl", "Uitleg\nEen voornemen tot weigering is nog geen definitief besluit.\n"),
    ("en", ("VOG procedure\nIf Justis sends an intention to refuse, the candidate may respond "
            "within two weeks.\n")),
    ("nl", "VOG-overzicht\nKandidaat: P. de Boer\nStatus: VOG ontvangen, geen bijzonderheden.\n"),
    # a denial stays one
    ("nl", "Ik ben niet gelovig, maar werk graag op zondag.\n"),
    ("nl", "Hij is geen moslim.\n"),
    ("nl", "Vacature: kok voor een Joods restaurant in Amsterdam.\n"),
]


@pytest.mark.parametrize(("lang", "text", "entity"), STATED)
def test_stated(lang: str, text: str, entity: str) -> None:
    assert entity in {m.entity for m in find_special(text, lang)}, text


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_nothing(lang: str, text: str) -> None:
    assert find_special(text, lang) == [], text
