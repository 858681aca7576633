"""Issue #14, PHONE_NUMBER recall in running text and pasted e-mails: a Dutch number of the
right length outside the allocated ranges (a made-up 06 number, a neighbour's number written
without its country code) is a phone number where a phone word or label says so; a mobile
number whose second group reads as a year is no date; prose's words for calling count as
phone words; opening hours are no number."""

from __future__ import annotations

import pytest

from detectors import detect, normalize


def _phones(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PHONE_NUMBER"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Ze is bereikbaar op 06 76 34 56 78, ook via WhatsApp.", "nl", "06 76 34 56 78"),
    ("Hij is bereikbaar via 06 76 34 56 78.", "nl", "06 76 34 56 78"),
    ("You can reach her on 06 76 34 56 78 after six.", "en", "06 76 34 56 78"),
    ("Contact: info@bakker.nl, werkplaats 06 - 90 12 34 56.", "nl", "06 - 90 12 34 56"),
    ("Haar gsm: 0475 12 34 56, mail: a.peeters@voorbeeld.be", "nl", "0475 12 34 56"),
    ("Tel: +32 4 123 45 67 of gsm 0475 12 34 56", "nl", "0475 12 34 56"),
])
def test_a_possible_number_under_a_phone_word(text: str, lang: str, want: str) -> None:
    assert want in _phones(text, lang)


@pytest.mark.parametrize("text", [
    "Ordernummer 0476123456 verzonden.",
    "Kenmerk 06 76 34 56 78 in de brief.",
    "Zie 06 90 12 34 56 voor de details.",
])
def test_a_possible_number_without_a_phone_word_stays_apart(text: str) -> None:
    assert _phones(text) == []


def test_a_possible_number_normalizes_with_plus_31() -> None:
    assert normalize("PHONE_NUMBER", "06 76 34 56 78") == "+31676345678"


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Hij belt: 06-1994 0337 als hij er is.", "nl", "06-1994 0337"),
    ("Mobiel 06-2019 4455", "nl", "06-2019 4455"),
    ("Call me at 06-2001 1234.", "en", "06-2001 1234"),
])
def test_a_mobile_number_whose_group_reads_as_a_year(text: str, lang: str, want: str) -> None:
    assert _phones(text, lang) == [want]


@pytest.mark.parametrize("text", [
    "Periode 03-2015 - 07-2019 bij Bakker.",
    "Op 01-02-2015 12:00 gestart.",
    "Open op 12 maart, 09.00-17.00 uur.",
    "Spreekuur 8:30 - 12:00 en 13.00–17.00.",
    "Openingstijden: ma-vr 09.00 - 17.30",
])
def test_dates_periods_and_opening_hours_are_no_phone(text: str) -> None:
    assert _phones(text) == []
