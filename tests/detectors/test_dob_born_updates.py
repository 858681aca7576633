"""A birth word before a yearless date, and a register's revision date (issue #14, stop 73).

A newsletter's or a tenant's newborn is written "geboren op 14 maart" or "was born 2 June":
a date of birth without its year, as writers label "jarig op" (dob_birthdays). A date after
"last update" on a register's heading is the register's own, though a DOB column follows.
All names are made up.
"""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, language: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, language, document=True)
            if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, language, date", [
    ("Goed nieuws: Joyce kreeg een zoon, Thijs, geboren op 14 maart. Beiden maken het goed.",
     "nl", "14 maart"),
    ("Onze collega Bas werd vader van Lotte, geboren 3 feb. om 04:10.", "nl", "3 feb."),
    ("Since our son Ravi was born 2 June the flat above has had mice, please send someone.",
     "en", "2 June"),
    ("Their daughter was born on 11 September, so Ana is on leave until January.", "en",
     "11 September"),
])
def test_born_before_a_yearless_date(text: str, language: str, date: str) -> None:
    assert date in _dobs(text, language)


@pytest.mark.parametrize("text, language", [
    ("Mijn dochter is geboren. Op 3 mei is het kraamfeest bij ons thuis.", "nl"),
    ("Newborn care leaflet, printed 4 March for the ward.", "en"),
    (("Forklift passes - hall 3 (flex workers)\nKeeper: HSE desk | last update 2026-10-02 "
      "by P. Smit\n\nWorker                    | DOB        | Agency    | Training           "
      "| Card       | Passed     | Expires     | Toolbox done\nBos, Jan                  | "
      "1990-01-02 | Flexpro   | Forklift (basic)   | 12345      | 2024-03-18 | 2029-03-18  | "
      "yes (2025-02-10)"), "en"),
])
def test_no_birth_date(text: str, language: str) -> None:
    found = _dobs(text, language)
    assert not any(d in ("3 mei", "4 March", "2026-10-02") for d in found)
