"""Issue #14, PERSON: the first word of a firm's name of several words is no person when the
capitalised words after it close the name with a trade's compound or a legal form
("Recruiter | Flexwerk Plus Uitzendgroep B.V.", "Aan: Bakker Connect B.V."), one space
apart; a name followed by a table's next column ("Matthias Oberle   Moselstahl GmbH") or by
ordinary words stays a name. identifiers-5 and -6 showed the kind (an agency's signature
and letterhead: 12 of the DEV sets' false positives); cases written here."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "firm"), [
    ("Met vriendelijke groet,\nThijs de Jong\nRecruiter | Flexwerk Plus Uitzendgroep B.V.\n",
     "Flexwerk"),
    ("Aan: Flexwerk Connect B.V., t.a.v. salarisadministratie\nBetreft: beslag\n", "Flexwerk"),
    ("Aan: Bakker Plus Uitzendgroep BV\nT.a.v. de afdeling planning\n", "Bakker"),
    ("Opdrachtgever: Hendriks Noord Installatietechniek, vestiging Zwolle\n", "Hendriks"),
])
def test_a_firm_s_first_word_is_no_person(text: str, firm: str) -> None:
    assert firm not in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    (" 4  Matthias Oberle            Moselstahl GmbH         B-2302\n", "Matthias Oberle"),
    ("Aan: Jan Bakker, t.a.v. de salarisadministratie\n", "Jan Bakker"),
    ("Gesprek met Sanne Visser Plus haar teamleider over het rooster.\n", "Sanne Visser"),
])
def test_a_name_before_other_words_stays(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("From: Kees Visser <kees@example.nl>\nTo: Deventer office <deventer@example.nl>\n", "en"),
    ("Van: Planning\nAan: Zwolle kantoor\nOnderwerp: rooster week 12\n", "nl"),
])
def test_a_branchs_desk_by_its_town_is_no_person(text: str, lang: str) -> None:
    # (stop 66) "office", "kantoor" after a town close a branch's desk's name
    assert not {"Deventer", "Zwolle"} & set(_people(text, lang))


@pytest.mark.parametrize("text", [
    "2020 - 2023   Medewerker vers, Albert Heijn Hoograven\n",
    "Ik werkte twee jaar bij Jan Linders Venray als vakkenvuller.\n",
    "2018 - 2020   Orderverzamelaar, Jan Linders\n",
])
def test_a_chains_branch_after_its_name_is_no_person(text: str) -> None:
    # (stop 66) a listed chain's name opening a longer run: the branch's name, by its place;
    # after a job and a comma, the employer (no "surname, first names")
    assert _people(text) == []


def test_a_title_before_a_chains_name_makes_a_person() -> None:
    assert "Albert Heijn" in _people("Mevrouw Albert Heijn belde over haar rooster.\n")


@pytest.mark.parametrize(("text", "street"), [
    ("Adres: Piet Heyn Boulevard 12, 1019 AB Amsterdam\n", "Piet Heyn"),
    ("Ingang aan de Karel Doorman Singel 4, 3012 AA Rotterdam\n", "Karel Doorman"),
])
def test_a_street_whose_kind_stands_apart_is_no_person(text: str, street: str) -> None:
    # (stop 66) "Boulevard", "Kade", "Singel" after a namesake close a street's name
    assert street not in " ".join(_people(text))
