"""Records about one person: every health term there is a statement about that person, under
any field label or in a plain sentence; absence without a cause is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors import detect
from detectors.special_category import find_special

H = "SPECIAL_HEALTH"

# (record text, the health term found, the field label it sits under)
IN_RECORD = [
    ("Oorzaak: longontsteking", "longontsteking", "oorzaak"),
    ("Reden uitval: rugoperatie", "rugoperatie", "reden uitval"),
    ("Klachten: hoofdpijn, misselijk", "hoofdpijn", "klachten"),
    ("Aanleiding: knieblessure tijdens het voetballen", "knieblessure", "aanleiding"),
    ("Toelichting: medewerker is onder behandeling voor een hernia", "hernia", "toelichting"),
    ("Notitie casemanager: burn-outklachten, gesprekken bij de psycholoog", "burn-outklachten",
     "notitie casemanager"),
    ("Cause: pneumonia", "pneumonia", "cause"),
    ("Diagnose: ziekte van Pfeiffer", "ziekte van Pfeiffer", "diagnose"),
    ("Ziekmelding 3 maart. Griep, verwacht herstel binnen een week.", "Griep", ""),
    ("Medewerkster meldt zich ziek; chemokuur gestart in april.", "chemokuur", ""),
    ("Sick leave from 2 May, concussion after a fall.", "concussion", ""),
    ("De bedrijfsarts constateert een burn-out.", "burn-out", ""),
    ("Volgens de huisarts gaat het om een hernia.", "hernia", ""),
]

# an absence without a cause, and what the employer may record: no finding in a record
NO_CAUSE = [
    "Ziekgemeld per 3 maart 2025.",
    "Hersteld gemeld op 17 maart.",
    "Verwachte duur: 2 weken.",
    "Reden verzuim: ziek",
    "Oorzaak: niet bekend, medewerker wil de reden niet noemen.",
    "Medewerker is 100% arbeidsongeschikt; WIA-aanvraag in week 88.",
    "Beperkingen volgens de FML: niet tillen boven 10 kg.",
    "Re-integratie spoor 1 gestart op arbeidstherapeutische basis.",
    "Gesprek met de bedrijfsarts op 12 maart.",
    "Functie: verpleegkundige oncologie",
    "Sick leave from 2 May; expected back in two weeks.",
]


@pytest.mark.parametrize("text, term, label", IN_RECORD)
def test_health_term_in_a_record_is_a_finding(text: str, term: str, label: str) -> None:
    found = [d for d in detect(text, None, record=True) if d.entity == H]
    assert [text[d.start:d.end] for d in found][:1] == [term] or term in found[0].masked
    assert found[0].label == label


@pytest.mark.parametrize("text", NO_CAUSE)
def test_absence_without_a_cause_is_not_a_finding(text: str) -> None:
    assert [d for d in detect(text, None, record=True) if d.entity.startswith("SPECIAL_")] == []


@pytest.mark.parametrize("text", [
    "Longontsteking komt in de winter veel voor.",
    "Ziekmelding 3 maart. Griep, verwacht herstel binnen een week.",
])
def test_a_bare_health_term_outside_a_record_is_not_a_finding(text: str) -> None:
    assert [d for d in detect(text, "nl") if d.entity == H] == []


def test_record_score_and_explanation() -> None:
    [m] = find_special("Griep.", "nl", record=True)
    assert (m.score, m.rule_key) == (0.7, "record")
    assert m.explanation == "term 'griep' (health), rule: record about one person 'griep'"
    [d] = detect("Griep.", "nl", record=True)
    assert d.score == 0.7 and "record about one person" in d.explanation


def test_status_words_count_outside_a_record() -> None:
    """On a CV "ik ben arbeidsongeschikt" is health data; in an absence file it is not."""
    assert [m.term for m in find_special("Ik ben gedeeltelijk arbeidsongeschikt.", "nl")] == [
        "gedeeltelijk arbeidsongeschikt"]
    assert find_special("Ik ben gedeeltelijk arbeidsongeschikt.", "nl", record=True) == []


def _documents() -> list[tuple[str, bool, str]]:
    path = Path(__file__).parent / "data" / "special_hard_negatives.txt"
    docs: list[tuple[str, bool, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            name, *flag = line[4:].split()
            docs.append((name, flag == ["record"], ""))
        elif docs:
            name, record, text = docs[-1]
            docs[-1] = (name, record, text + line + "\n")
    return docs


@pytest.mark.parametrize("name, record, text", _documents(), ids=lambda x: str(x)[:30])
def test_hard_negative_documents_have_no_special_finding(name: str, record: bool, text: str) -> None:
    found = [d.explanation for d in detect(text, None, record=record)
             if d.entity.startswith("SPECIAL_")]
    assert found == [], name


# Injuries written as words (issue #15: conditions are written in many ways), each body part
# with each injury word, before or after it; in a record the cause of the absence.
INJURIES = [
    ("nl", "Oorzaak uitval: gebroken pols, in het gips tot 3 mei.", "gebroken pols"),
    ("nl", "Medewerker heeft zijn pols gebroken bij het voetballen.", "pols gebroken"),
    ("nl", "Reden afwezigheid: enkel verzwikt op de trap.", "enkel verzwikt"),
    ("nl", "Toelichting: kruisband gescheurd, operatie gepland.", "kruisband gescheurd"),
    ("en", "Cause: fractured wrist after a fall.", "fractured wrist"),
    ("en", "She is off work with a sprained ankle.", "sprained ankle"),
]


@pytest.mark.parametrize("lang, text, term", INJURIES)
def test_injuries_written_as_words_are_health(lang: str, text: str, term: str) -> None:
    found = find_special(text, lang, record=True)
    assert any(m.entity == H and term in m.term for m in found)


def test_arm_as_poor_is_no_injury() -> None:
    assert find_special("Het gezin is arm; de kinderen krijgen hulp.", "nl", record=True) == []
