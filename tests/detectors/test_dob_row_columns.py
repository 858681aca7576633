"""Issue #14, a form's row set in columns under a header of people ("werknemer  partner"):
the row's birth label opens its line and reaches every value of its row, one birth date per
column's person; without such a header a second date after a birth date stays another
date (a clause's, a row's other field)."""

from __future__ import annotations

import pytest

from detectors import detect


def _dates(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("               Kandidaat      Partner\nGeboortedatum  12-03-1990     04-07-1991\n", "nl",
     ["12-03-1990", "04-07-1991"]),
    ("          aanvrager        echtgenoot\n geb.     3 feb 1975       19 okt 1973\n", "nl",
     ["3 feb 1975", "19 okt 1973"]),
    ("            Employee      Spouse\nDate of birth  1988-02-03    1990-11-30\n", "en",
     ["1988-02-03", "1990-11-30"]),
    ("  | applicant | partner |\n  DOB | 02/03/1984 | 11/12/1986 |", "en",
     ["02/03/1984", "11/12/1986"]),
    ("\t\tmedewerker\tpartner\nGeboren\t\t21-01-1966\t\t08-08-1968\n", "nl",
     ["21-01-1966", "08-08-1968"]),
    ("              kind 1          kind 2\ngeb. datum    14.05.2012      30.09.2015\n", "nl",
     ["14.05.2012", "30.09.2015"]),
    ("           Mother           Father\nBorn       7 March 1960     22 June 1958\n", "en",
     ["7 March 1960", "22 June 1958"]),
    ("       werkn.      partner\n°       01 02 1970  03 04 1971\n", "nl",
     ["01 02 1970", "03 04 1971"]),
])
def test_one_birth_date_per_column(text: str, lang: str, want: list[str]) -> None:
    assert _dates(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Geboren: 12-03-1990  01-02-2024", ["12-03-1990"]),             # no header of columns
    ("Naam Jan\nGeboren: 12-03-1990  01-02-2024", ["12-03-1990"]),   # a line, not a header
    ("Geboren 28 juni 1969) te corrigeren vóór 1 april 2024", ["28 juni 1969"]),
    ("   ID 4471    ID 4472\ngeb.  12-03-1990   01-02-2024", ["12-03-1990"]),  # digits above
])
def test_a_second_date_without_columns(text: str, want: list[str]) -> None:
    assert _dates(text) == want
