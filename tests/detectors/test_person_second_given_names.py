"""A double given name is called by either part: after "Ngoc Hoa Pham" in full, "Hoa" alone
is her too. Not the second half of a hyphenated first name ("Gert-Jan" ... "4 jan": a month)."""

from __future__ import annotations

import pytest

from tests.detectors.found import found


@pytest.mark.parametrize(("full", "alone"), [
    ("Ngoc Hoa Pham", "Hoa"),
    ("Thi Mai Le", "Mai"),
    ("Thu Hien Nguyen", "Hien"),
])
def test_the_second_given_name_alone(full: str, alone: str) -> None:
    text = (f"Op de planning voor maart staat {full}.\n"
            f"Notitie: {alone} alleen vroege diensten, geen weekend.")
    assert found(text, "PERSON") == [full, alone]


def test_the_second_half_of_a_hyphenated_first_name_is_no_repeat() -> None:
    text = "Gert-Jan Timmermans belt terug. Start vanaf 4 jan, 24 uur per week."
    assert found(text, "PERSON") == ["Gert-Jan Timmermans"]
