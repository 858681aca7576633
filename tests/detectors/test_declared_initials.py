"""Initials the text declares for a person: a roster's or a minute's legend ("AB = Anouk
Bakker", "Kwame Mensah (KM)") makes the letters that person wherever they stand as a word,
also paired by a slash in a roster's cell and beside a group's name, which undeclared
initials may not be. Synthetic names (Faker nl_NL style)."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


ROSTER = """Rooster BSO De Klimboom, week 12

        ma      di      wo
Groen   LH/SO   LH      SO/RB
Geel    RB      LH/RB   SO

Legenda: LH = Lotte Hermans, SO = Sevda Ozdemir, RB = Ruud Bosman
"""


def test_a_roster_legend_makes_its_cells_people() -> None:
    found = _people(ROSTER)
    for letters, times in (("LH", 4), ("SO", 4), ("RB", 4)):
        assert found.count(letters) == times, (letters, found)


@pytest.mark.parametrize("legend, letters", [
    ("Aanwezig: Gerrit van Hulst (GvH), Mila de Rooij (MdR)", ("GvH", "MdR")),
    ("Present: Oliver Brandt (OB) and Hannah Kerkhof (HK)", ("OB", "HK")),
    ("Verslag: KP – Kim Peeters; notulist EJ: Eline Jonker", ("KP", "EJ")),
])
def test_a_legend_of_those_present_declares_their_initials(legend: str,
                                                           letters: tuple[str, ...]) -> None:
    text = legend + "\n\n1. Opening\n" + " en ".join(letters) + " openen de vergadering.\n"
    text += "Actiepunten: " + "/".join(letters) + " sturen het verslag rond.\n"
    found = _people(text, "en" if legend.startswith("Present") else "nl")
    for x in letters:
        assert found.count(x) >= 3, (x, found)


def test_letters_that_are_not_the_names_initials_declare_nothing() -> None:
    text = ("Petra Jansen (HR) belt de kandidaat.\nHR stuurt het contract; HR/IT regelt het "
            "account.\n")
    assert "HR" not in _people(text)


def test_undeclared_initials_in_a_roster_stay_codes() -> None:
    text = "Rooster week 3\nGroen   LH/SO   LH\nGeel    RB      SO\n"
    assert not {"LH", "SO", "RB"} & set(_people(text))


def test_declared_initials_in_an_export_row_or_beside_a_number_stay_codes() -> None:
    text = ("Legenda: LH = Lotte Hermans\n"
            "datum;controle;paraaf\n2026-01-05;akkoord;LH\n2026-01-06;akkoord;LH\n"
            "Vak LH 12 is leeg.\n")
    assert _people(text).count("LH") == 1  # the legend itself only


def test_a_declared_acronym_is_a_person_only_as_a_word() -> None:
    text = ("PR = Priya Ramdin (Connect-Me)\nPR neemt de dinsdag.\n"
            "De PR-campagne van de school start in mei.\n")
    found = _people(text)
    assert found.count("PR") == 2 and "PR-campagne" not in found


@pytest.mark.parametrize(
    ("text", "name", "letters"),
    [
        ("Vandaag filmde monteur Jan-Willem (JW) de repetitie. Later nam JW de drone mee.",
         "Jan-Willem", "JW"),
        ("Stagiair Anne-Sophie (AS) schreef de tekst; AS legt hem morgen voor.",
         "Anne-Sophie", "AS"),
    ],
)
def test_a_double_first_name_alone_declares_its_letters(text: str, name: str,
                                                         letters: str) -> None:
    # a hyphenated first name with its letters in brackets: the whole name, not its second
    # half, and its letters wherever they stand again
    people = _people(text)
    assert name in people
    assert people.count(letters) == 2
