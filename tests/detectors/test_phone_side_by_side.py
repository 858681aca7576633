"""Issue #14, PHONE_NUMBER: two numbers side by side on one line are two numbers, whatever
stands between them ("/", "of", a comma); a number possible abroad only never swallows the
head of the next one; and a decoy word in a clause before the number ("btw" for "by the
way", "factuur" in another sentence part) labels nothing of it."""

from __future__ import annotations

import pytest

from detectors import detect


def _phones(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "PHONE_NUMBER"]


# (kind: a foreign or Dutch number followed by a second number on the same line)
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Mobiel thuisland: +48 512 345 678 / hier 06 3456 7812", "nl", ["+48 512 345 678",
                                                                     "06 3456 7812"]),
    ("Tel. +90 535 112 43 68 / 06 4512 3390", "nl", ["+90 535 112 43 68", "06 4512 3390"]),
    ("Phone +44 20 7946 0321 / 010 234 5678 (office)", "en", ["+44 20 7946 0321",
                                                              "010 234 5678"]),
    ("Bereikbaar: +49 171 2345678 / 06-23456781", "nl", ["+49 171 2345678", "06-23456781"]),
    ("Contact +40 721 234 567, 030 456 7812", "en", ["+40 721 234 567", "030 456 7812"]),
    ("tel 020 345 6789 / 06 12345679", "nl", ["020 345 6789", "06 12345679"]),
    ("GSM: +32 478 12 34 56 / +31 6 2345 6781", "nl", ["+32 478 12 34 56",
                                                      "+31 6 2345 6781"]),
    ("whatsapp +212 6 61 23 45 67 / 0031 6 3456 7812", "en", ["+212 6 61 23 45 67",
                                                              "0031 6 3456 7812"]),
    ("Mobiel +351 912 345 678 / 06 5678 1234", "nl", ["+351 912 345 678", "06 5678 1234"]),
])
def test_two_numbers_on_one_line_are_two(text: str, lang: str, want: list[str]) -> None:
    assert _phones(text, lang) == want


# (kind: a decoy word for another number in an earlier clause than the number)
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("new number 06 3456 7812 btw, the old one +90 535 112 43 68 is gone", "en",
     "+90 535 112 43 68"),
    ("Factuur is verstuurd, mijn nummer is 06-23456781.", "nl", "06-23456781"),
    ("I placed the order. Anyway my cell is +44 7700 900123", "en", "+44 7700 900123"),
    ("Rekeningnummer klopt; verder is hij op 06 4512 3390 te vinden", "nl", "06 4512 3390"),
    ("Over de kvk: geen idee, zijn nummer is 010 234 5678", "nl", "010 234 5678"),
    ("invoice paid, thanks! reach me at +49 171 2345678", "en", "+49 171 2345678"),
    ("Het BSN stuur ik later. Nummer van mijn zus is 06 5678 1234", "nl", "06 5678 1234"),
    ("vat sorted; his own number 020 345 6789 works", "en", "020 345 6789"),
])
def test_a_decoy_word_in_another_clause_labels_nothing(text: str, lang: str, want: str) -> None:
    assert want in _phones(text, lang)


# (the decoy word labelling its own number stays a decoy label)
@pytest.mark.parametrize("text", [
    "BTW 0612345678",
    "Ordernummer 0476123456 verzonden.",
    "Factuurnummer: 06 76 34 56 78",
    "KvK 0201234567",
])
def test_a_decoy_label_of_its_own_number_stays(text: str) -> None:
    assert _phones(text) == []


def test_a_rosters_shift_hours_a_wide_gap_apart_are_no_number() -> None:
    # "06-14  06-14  06": ten digits beginning 06 across three cells of a roster
    row = "Sofie Janssens    F&B    06-14  06-14  06-14  -      -      06-14  -      06 3456 7812"
    assert _phones(row) == ["06 3456 7812"]
    # an OCR'd form's wide gaps inside one number stay one number
    assert _phones("Mob. :   06  24 19 73 80") == ["06  24 19 73 80"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("- Fenna Brouwer, badmeester\n  geb. 04-07-1991 — 06 38 21 57 90\n", "06 38 21 57 90"),
        ("Fenna Brouwer  04-07-1991  06 38 21 57 90  Leeuwarden\n", "06 38 21 57 90"),
        ("Fenna: 04-07-1991 - 0638215790\n", "0638215790"),
    ],
)
def test_a_number_after_a_date_in_one_match_is_found(text: str, want: str) -> None:
    # the phone pattern's match opens on the date ("04-07-1991  06 ..."): the date is no
    # phone, the number after it in the same match is
    assert _phones(text) == [want]


@pytest.mark.parametrize("text", ["Periode 03-2015 - 07-2019 bij Kramer Bouw\n",
                                  "In dienst 01-03-2015 - 06-2019, daarna zzp\n"])
def test_a_period_of_dates_holds_no_number(text: str) -> None:
    assert _phones(text) == []
