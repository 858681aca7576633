"""PHONE_NUMBER: a Dutch mobile's "06" dashed apart and eight digits in a range the numbering
plan keeps for other services ("06-70 ..."; issue #14, stop 77): written so it is a phone
number, reported at the mobile-shape score without a phone word (contact.mobile_shaped).
Ten bare digits, a date and such a number spaced ("06 76 ...", a reference as often:
test_phone_readings) stay none without a phone word. Synthetic numbers."""

from __future__ import annotations

import pytest

from detectors import detect


def _phones(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "number"), [
    ("Getuige: Kees Smit (monteur), 06-70 31 22 84", "06-70 31 22 84"),
    ("Bereikbaar via zijn broer Youssef, 06-71002299.", "06-71002299"),
    ("2FA=sms 06 - 79 11 22 33 | status=ok", "06 - 79 11 22 33"),
])
def test_an_unallocated_mobile_shape_is_a_phone(text: str, number: str) -> None:
    assert number in _phones(text)


@pytest.mark.parametrize("text", [
    "Ordernummer 0670294418 is verstuurd.",
    "Datum 06-07-2026, ploeg 06 70 12.",
    "Kenmerk 06 79 11 22 33 in de brief.",
])
def test_other_numbers_stay_none(text: str) -> None:
    assert _phones(text) == []
