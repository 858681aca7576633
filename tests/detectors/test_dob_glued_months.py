"""DATE_OF_BIRTH written with the month's letters glued between day and year, as an
airline's booking, a visa or a passport's text layer prints it ("05DEC1997", "12MRT1985"),
and a document's expiry shortened to "exp" beside it, which is no birth date (stop 50).
Texts written for these tests; data invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "en") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang", "dob"), [
    ("Passenger: AYDIN/EMRE MR\nDate of birth: 05DEC1997\n", "en", "05DEC1997"),
    ("Geboortedatum: 12MRT1985\nNationaliteit: Turkse\n", "nl", "12MRT1985"),
    ("DOB 23jan88, place of birth Izmir\n", "en", "23jan88"),
])
def test_a_glued_month_under_a_birth_label(text: str, lang: str, dob: str) -> None:
    assert _dobs(text, lang) == [dob]


def test_an_expiry_beside_a_birth_date_is_none() -> None:
    text = ("Passenger: AYDIN/EMRE MR\nDate of birth: 05DEC1997\n"
            "Passport: TR U19283745  exp 14AUG2031\n")
    assert _dobs(text) == ["05DEC1997"]


def test_a_glued_date_with_no_birth_word_is_none() -> None:
    assert _dobs("Flight KL1234 departs 05DEC2026 from AMS.\n") == []
