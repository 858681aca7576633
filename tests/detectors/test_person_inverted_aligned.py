"""PERSON: "Surname, First name" in a cell of a table set with spaces, and in capitals as a
gate log or a pension fund's file writes it ("FERNANDEZ RUIZ, LUCAS", "MAZUR, ANDRZEJ")
(stop 50). The first name must be a known one; a list of skills between wide gaps is no
name. Texts written for these tests; names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str) -> list[str]:
    return [text[d.start : d.end] for d in detect(text, "nl", document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    (("2026-12-14 06:48:02  G1    IN     C-770143    FERNANDEZ RUIZ, LUCAS   Connect-Me  ES\n"
     "2026-12-14 06:48:40  G1    IN     C-770144    MAZUR, ANDRZEJ          Connect-Me  PL\n"),
     ["FERNANDEZ RUIZ, LUCAS", "MAZUR, ANDRZEJ"]),
    (("09:40  Mihaylov, Georgi           geb 04-02-1988   BG id\n"
     "09:50  Dimitrova, Elena           geb 27-06-1996   BG id\n"),
     ["Mihaylov, Georgi", "Dimitrova, Elena"]),
])
def test_an_inverted_name_in_an_aligned_cell(text: str, names: list[str]) -> None:
    assert all(n in _people(text) for n in names), _people(text)


@pytest.mark.parametrize("text", [
    "Vaardigheden:  Python, Excel  SQL\n",
    "Team       MAZUR, KRAAN       Noord\n",
])
def test_no_name_where_no_first_name_stands(text: str) -> None:
    assert _people(text) == []


# (stop 75) the surname in capitals before its initials, as an invoice export or a roster
# prints it; a heading in capitals before a lettered item is no name
@pytest.mark.parametrize(("text", "names"), [
    (("Regel  Uitzendkracht         Week  Dienst   Uren\n"
      "1      WOJCIK K.             12    Vroeg    38,0\n"
      "2      DE BOER J.P.          12    Laat     40,0\n"
      "3      OKONKWO A.            13    Nacht    32,0\n"),
     ["WOJCIK K.", "DE BOER J.P.", "OKONKWO A."]),
    ("Contactpersoon: SCHOLTEN M.\nAfdeling: expeditie\n", ["SCHOLTEN M."]),
])
def test_capital_surname_before_its_initials(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_capital_heading_before_a_lettered_item_is_no_name() -> None:
    assert _people("BIJLAGE A. Overzicht uren\nROUTE B.  via de A12\n") == []
