"""Issue #14, birth dates in rows and forms as others write them: a form's label beside its
value under a line that is no header ("naam   Lies van Dijk" over "geb.datum   3-7-1985"); a
row whose name holds a "van" (a surname's particle, no period's start); a row whose phone
number is spaced in pairs (no second date); a spaced date before the row's BSN; and the
date a request or a letter was made or received (no birth date, whatever birth word is near)."""

from __future__ import annotations

import pytest

from detectors import detect


def _born(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "born"), [
    ("naam          mevr. L.S. (Lies) Jansen-van Dijk\ngeb.datum     3-7-1985\n", "3-7-1985"),
    ("Naam        Piet van der Berg\nGeb. datum     12-03-1988\nWoonplaats  Zwolle\n",
     "12-03-1988"),
    ("Kandidaat      dhr. R. Öztürk\nGeboortedatum  01.11.1979\n", "01.11.1979"),
])
def test_a_forms_label_beside_its_value_under_a_line_that_is_no_header(text: str,
                                                                       born: str) -> None:
    assert _born(text) == [born]


@pytest.mark.parametrize(("text", "born"), [
    ("12 Mw. drs. i. van Berg-Bakker 12 03 1985 232262536 NL-paspoort 06 - 1234 5678",
     "12 03 1985"),
    ("3  dhr. P. van Dijk  03-11-1979  232262536  Zwolle", "03-11-1979"),
    ("Sanne van der Meer, 21-07-1990, bsn 232262536", "21-07-1990"),
])
def test_a_rows_name_with_van_before_the_date(text: str, born: str) -> None:
    assert _born(text) == [born]


@pytest.mark.parametrize("text", [
    "> Sanne Bakker, 12-03-1988,, bsn 232262536, tel 06 12 34 56 78",
    "Jan Jansen, 12-03-1988, bsn 232262536, tel 06 12 34 56 78",
    "Fatma Yildiz; 12-03-1988; 232262536; 06 12 34 56 78",
])
def test_a_rows_phone_number_in_pairs_is_no_second_date(text: str) -> None:
    assert _born(text) == ["12-03-1988"]


@pytest.mark.parametrize("text", [
    ("Kopie identiteitsbewijzen t.b.v. inlener Bouwmans (Rotterdam) - aanvraag 12-03-2024\n"
     "Geboortedatum: 01-02-1990"),
    "Geboortedatum kandidaat gecontroleerd, formulier ontvangen 14-03-2024.",
    "Verklaring geboortedatum en nationaliteit, getekend 02-01-2025 te Tilburg.",
])
def test_the_date_a_request_or_a_letter_was_made(text: str) -> None:
    assert "12-03-2024" not in _born(text) and "14-03-2024" not in _born(text)
    assert "02-01-2025" not in _born(text)


def test_a_period_from_van_is_still_no_birth_date() -> None:
    assert _born("Contract van Jansen: van 01-03-2024 tot 01-09-2024, geb. 12-03-1988") == [
        "12-03-1988"]
