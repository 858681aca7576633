"""PERSON in a fixed-width export whose id fills its column: the name field opens one space
after the id ("10-2231 Okafor, Chidubem"), where no gap of two spaces parts the cells. The
header's word that starts in the name's very column names it ("naam", "name"), so an
inverted name whose first name no list holds is read there as under a label. A word one
space after another in the same cell, a CV's year before a firm and its town, and a
branch's "firm, town" under a header of places stay out. Cases written here; names synthetic."""

from __future__ import annotations

import pytest

from tests.detectors.found import found

EXPORT = ("LOONEXPORT toeslagen - periode 2026-04\n\n"
          "persnr  naam                     bsn        geb.datum   uren\n"
          "{rows}\n")


@pytest.mark.parametrize(("rows", "names"), [
    (("10-2231 Okafor, Chidubem         111222333  1991-03-12  38.0\n"
     "10-2240 Wanjiru, Nyokabi         123456782  1986-11-02  24.0"),
     ["Okafor, Chidubem", "Wanjiru, Nyokabi"]),
    (("4471023 Boateng, Kwabena         111222333  1979-06-30  40.0\n"
     "4471031 Dlamini, Thandeka        123456782  1995-01-17  16.0"),
     ["Boateng, Kwabena", "Dlamini, Thandeka"]),
])
def test_a_name_one_space_after_a_filled_id_column_is_found(rows: str, names: list[str]) -> None:
    got = found(EXPORT.format(rows=rows), "PERSON", "nl")
    assert all(n in got for n in names), got


def test_the_header_in_english_names_it_too() -> None:
    text = ("staff   name                     hours\n"
            "77-0412 Quaye, Kojo              38.0\n77-0419 Agyekum, Kofi            12.5\n")
    assert {"Quaye, Kojo", "Agyekum, Kofi"} <= set(found(text, "PERSON", "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("2019 Bakker, Amsterdam\n2021 Visser, Utrecht\n", "nl"),
    (("nr      vestiging        uren\n20-1101 Bakker, Utrecht  38.0\n20-1102 Visser, Zwolle   "
     "24.0\n"), "nl"),
])
def test_no_name_where_no_record_id_opens_a_name_field(text: str, lang: str) -> None:
    assert found(text, "PERSON", lang) == []
