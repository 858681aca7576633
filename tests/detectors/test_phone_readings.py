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


# A scan's text layer (issue #14): a form typed a digit a box leaves the area code's digits a
# space apart, and OCR widens a dash to two spaces a side. Own cases, several layouts.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Telefoon (privé)   0 6 - 2 3 4 5 1 8 9 0\n", "nl", "0 6 - 2 3 4 5 1 8 9 0"),
    ("Mobiel:\n  0 6  2 7 1 1 4 0 9 3   | e-mail: zie onder", "nl", "0 6  2 7 1 1 4 0 9 3"),
    ("Werk  0 3 0 - 7 1 4 2 2 8 0\n", "nl", "0 3 0 - 7 1 4 2 2 8 0"),
    ("Home phone   0 7 0 -  3 8 2 5 5 1 0      signature ___", "en", "0 7 0 -  3 8 2 5 5 1 0"),
    ("Bel de receptie:  0 4 0  -  2 1 9 3 3 4 4.", "nl", "0 4 0  -  2 1 9 3 3 4 4"),
    ("Contactpersoon afdeling   010  -  4 66 23 90\n", "nl", "010  -  4 66 23 90"),
    ("Mobile number  06  -  44 19  20 83   (after 5 pm)", "en", "06  -  44 19  20 83"),
    ("Noodnummer  |  0 5 0 - 3 1 2 7 7 4 0  |", "nl", "0 5 0 - 3 1 2 7 7 4 0"),
    ("Tel. zaak  0 1 3  -  5 8 4 2 2 1 0\n", "nl", "0 1 3  -  5 8 4 2 2 1 0"),
])
def test_a_scanned_forms_spaced_number(text: str, lang: str, want: str) -> None:
    assert want in _phones(text, lang)


@pytest.mark.parametrize("text", [
    "Geboortedatum  0 4 - 1 1 - 1 9 6 1\n",       # a birth date in boxes: eight digits
    "Burgerservicenummer  0 1 0 2 3 4 5 0 0\n",   # a boxed BSN: nine digits
    "Rooster  0 1 2 3 4 5 6 7 8 9 (kolommen)\n",  # a ruler's digits: no allocated range
    "Stand 0  -  1 na de rust, 0  -  2 eind.",    # scores
])
def test_spaced_digits_that_are_no_phone(text: str) -> None:
    assert _phones(text) == []


# A mobile prefix a numbering plan dropped, still written after the country code (Mexico's
# "1", data/phone_prefixes.toml): the whole number is one, normalised to the number it dials.
@pytest.mark.parametrize(("text", "want", "e164"), [
    ("WhatsApp: +52 1 55 2345 6789", "+52 1 55 2345 6789", "+525523456789"),
    ("Mobile +52 1 33 3456 7890 (Guadalajara)", "+52 1 33 3456 7890", "+523334567890"),
    ("cel. +521 81 8765 4321", "+521 81 8765 4321", "+528187654321"),
    ("Celular: 0052 1 998 123 4567", "0052 1 998 123 4567", "+529981234567"),
    ("Bel haar mobiel +52-1-222-345-6789 na 18 uur", "+52-1-222-345-6789", "+522223456789"),
    ("Contact in Mexico: +52 1 442 555 0198, her mother's phone", "+52 1 442 555 0198",
     "+524425550198"),
    ("Tel (MX) +52 1 664 123 4567", "+52 1 664 123 4567", "+526641234567"),
    ("Mobiel moeder | +52 1 55 4321 8765 | Monterrey", "+52 1 55 4321 8765", "+525543218765"),
])
def test_a_dropped_mobile_prefix_after_the_country_code(text: str, want: str, e164: str) -> None:
    found = [(text[d.start:d.end], d.normalized) for d in detect(text, "nl")
             if d.entity == "PHONE_NUMBER"]
    assert found == [(want, e164)]


def test_the_number_without_the_prefix_is_the_same_number() -> None:
    assert normalize("PHONE_NUMBER", "+52 55 2345 6789") == "+525523456789"
