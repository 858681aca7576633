"""A birth date typed in a form's boxes (issue #14): one digit a box, drawn with bars or
brackets or typed over with spaces, the day, month and year side by side or an empty box
apart. Reported under a birth label only, as every date."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang", "found"), [
    ("Geboortedatum: 0|7| |0|3| |1|9|8|4", "nl", ["0|7| |0|3| |1|9|8|4"]),
    ("Geboortedatum |1|9|1|1|1|9|7|5|", "nl", ["1|9|1|1|1|9|7|5"]),
    ("Date of birth: [2][8][0][2][1][9][9][9]", "en", ["2][8][0][2][1][9][9][9"]),
    ("Geboren op  3 0  0 6  2 0 0 2", "nl", ["3 0  0 6  2 0 0 2"]),
    ("Geb. datum (dd mm jjjj)\n1|2||0|4||1|9|6|6", "nl", ["1|2||0|4||1|9|6|6"]),
    ("Birth date\n| 0 | 5 | | 1 | 1 | | 1 | 9 | 8 | 0 |", "en", []),  # bars spaced: not read
    ("Geboortedatum werknemer: 2|2| |0|1| |2|0|0|4  Handtekening: ______", "nl",
     ["2|2| |0|1| |2|0|0|4"]),
    ("Date of birth of the child: 1 4  1 2  2 0 1 9", "en", ["1 4  1 2  2 0 1 9"]),
])
def test_a_birth_date_in_a_forms_boxes(text: str, lang: str, found: list[str]) -> None:
    assert _found(text, lang) == found


@pytest.mark.parametrize("text", [
    "Ingangsdatum: 0|1| |0|3| |2|0|2|5",  # another date's label
    "Geboortedatum: zie paspoort. Code 3|1|1|3|1|9|7|5|8",  # nine boxes: no date
    "Geboortedatum: |3|5|1|3|1|9|7|5|",  # no such day or month
])
def test_boxes_that_are_no_birth_date(text: str) -> None:
    assert _found(text) == []
