"""A phone number typed in a form's boxes, a digit a box: "[ 0 6 ] 1 8 2 5 4 4 7 3",
"[0][6][1][8]...", "0 6 1 8 2 5 4 4 7 3". Found under a phone label or word only: ten single
digits in a row are a score line, a test's answers or a grid as often as a number."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.normalize import normalize


def _phones(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang) if d.entity == "PHONE_NUMBER"]


@pytest.mark.parametrize("text, value", [
    ("Telefoon:     [ 0 6 ] 1 8 2 5 4 4 7 3\n", "[ 0 6 ] 1 8 2 5 4 4 7 3"),
    ("Tel. nr. [0][6][2][2][9][1][0][0][3][4]\n", "[0][6][2][2][9][1][0][0][3][4]"),
    ("Mobiel  0 6 4 1 7 7 2 0 9 8\n", "0 6 4 1 7 7 2 0 9 8"),
    ("Phone number: [ 0 2 0 ] 5 1 2 3 4 5 6\n", "[ 0 2 0 ] 5 1 2 3 4 5 6"),
    ("Bereikbaar op 0 1 0 - ... nee: 0 1 0 4 4 2 1 9 8 7 (thuis)\n", "0 1 0 4 4 2 1 9 8 7"),
])
def test_a_boxed_number_under_a_phone_label(text: str, value: str) -> None:
    assert _phones(text) == [value]
    assert normalize("PHONE_NUMBER", value) is not None


@pytest.mark.parametrize("text", [
    "Uitslag toets: 0 1 0 1 1 0 0 1 0 1\n",
    "Rij [0][3][4][5][6][7][8][9][1][2]\n",
    "Scores per ronde: 0 6 1 8 2 5 4 4 7 3 9\n",
    "BSN: 1 2 3 4 5 6 7 8 2\n",
])
def test_boxed_digits_without_a_phone_word_are_no_number(text: str) -> None:
    assert _phones(text) == []
