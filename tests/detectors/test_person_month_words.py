"""PERSON: a month written where a name could stand is no name: a range of months
("Jan-Mar", "feb-Apr"), a month that is a first name after a word of time ("end of Jan",
"medio Jan") or before a year ("Jan 2027", "Jan '27"), also where "Jan" is a name seen in
full elsewhere in the text. Twins: "Jan-Willem", a nickname of one month twice ("Jun-Jun"),
"Jan Smit", "Jan belt" stay names. All names synthetic; texts written for these tests."""

from __future__ import annotations

import pytest

from detectors import detect


def _names(text: str, lang: str = "en") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang, document=True)
            if d.entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Subject: request for 2 permit-desk staff, Jan-Mar\n\nGood afternoon,\n", "en"),
        ("Rooster front office Feb-Apr staat in de gedeelde map.\n", "nl"),
        ("Hans Pieterse leaves us at the end of Jan, retirement. Jan Smit takes over.\n", "en"),
        ("De nieuwe planning voor Jan 2027 komt van Jan Smit.\n", "nl"),
        ("Contract loopt tot medio Jan, daarna verlengen we met Jan de Boer erbij.\n", "nl"),
    ],
)
def test_a_month_is_no_name(text: str, lang: str) -> None:
    found = _names(text, lang)
    assert not any(n in found for n in ("Jan-Mar", "Feb-Apr", "Jan", "Mar", "Feb", "Apr"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan-Willem starts in Feb at the permit desk.\n", "Jan-Willem"),
        ("[03/06/24, 19:52] Jun-Jun: me also Ms Lotte pls\n", "Jun-Jun"),
        ("Jan Smit belt morgen terug over de uren.\n", "Jan Smit"),
        ("Jan belt morgen terug over de uren.\n", "Jan"),
    ],
)
def test_a_name_like_a_month_stays_a_name(text: str, name: str) -> None:
    assert name in _names(text)
