"""NL_BSN in the forms people paste into an e-mail or a .txt export with no header over it:
a person's row (a bare number beside a name and a birth date or an address, split by
commas, ';', tabs or spaces), a form's boxed digits under a BSN label; and a number whose
own bracketed aside names another kind of number, whatever label stands before it."""

from __future__ import annotations

import pytest

from detectors import detect, normalize


def _found(text: str, entity: str = "NL_BSN", lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    (("Hoi Marieke,\n\nHierbij de nieuwe mensen voor maandag:\nJan de Vries,123456782,"
     "12-03-1990,Utrecht\nPiet Jansen,111222333,03-04-1985,Zwolle\n\nGroet, Kees"), "nl",
     ["123456782", "111222333"]),
    ("Vries, Jan de; 123.456.782; 12 maart 1990", "nl", ["123.456.782"]),
    ("Bakker, A.\t123-45-6782\t3 februari 1979\tAmersfoort", "nl", ["123-45-6782"]),
    ("Jan de Vries 123456782 12.03.1990\nPiet Jansen 111 222 333 03.04.1985", "nl",
     ["123456782", "111 222 333"]),
    ("Mw. Bakker 123 456 782 12 maart 1990", "nl", ["123 456 782"]),
    ("1. Sanne Smit, 123456782, Dorpsstraat 12", "nl", ["123456782"]),
    ("New starters:\nAnna Smith, 111222333, 2 February 1988, Leeds", "en", ["111222333"]),
    ("Tom Brown; 123456782; 1990-03-12", "en", ["123456782"]),
    # a date followed by a phone number: the comma that ends the date's field is no amount
    ("Jan de Vries,123456782,12-03-1990,06-12345678,Utrecht", "nl", ["123456782"]),
])
def test_a_person_row_holds_a_bsn(text: str, lang: str, numbers: list[str]) -> None:
    assert _found(text, lang=lang) == numbers


@pytest.mark.parametrize(("text", "lang"), [
    ("Jan de Vries, Polis, 123456782, 12-03-1990", "nl"),  # a cell names the kind
    ("Jan de Vries, klantnr 123456782, 12-03-1990", "nl"),
    ("Jan de Vries, 123456782, 111222333, 12-03-1990", "nl"),  # which one would it be?
    ("Jan de Vries, 123456782, 12-03-2024", "nl"),  # not a birth year's date, no address
    ("Factuur 2024, 123456782, 12-03-1990", "nl"),  # no name
    ("Jan de Vries, 123456782, 12-03-1990, € 12,50", "nl"),  # an amount: an order list
    ("Order for John Smith, 123456782, 02-02-1988", "en"),
    ("Tom Brown, 12345623, 1990-03-12", "en"),  # eight digits only under a BSN label
])
def test_a_row_that_says_another_kind_holds_no_bsn(text: str, lang: str) -> None:
    assert _found(text, lang=lang) == []


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("Burgerservicenummer: 1 2 3 4 5 6 7 8 2", "nl", "1 2 3 4 5 6 7 8 2"),
    ("Sofinummer\n1 2 3 4 5 6 7 8 2", "nl", "1 2 3 4 5 6 7 8 2"),
    ("BSN: |1|2|3|4|5|6|7|8|2|", "nl", "1|2|3|4|5|6|7|8|2"),
    ("BSN : | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 2 |", "nl", "1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 2"),
    ("b s n : 1 2 3 4 5 6 7 8 2", "nl", "1 2 3 4 5 6 7 8 2"),  # a form's spaced letters
    ("Citizen service number: 1 2 3 4 5 6 7 8 2", "en", "1 2 3 4 5 6 7 8 2"),
])
def test_boxed_digits_under_a_bsn_label(text: str, lang: str, number: str) -> None:
    assert _found(text, lang=lang) == [number]
    assert normalize("NL_BSN", number) == "123456782"


@pytest.mark.parametrize("text", [
    "Scores: 1 2 3 4 5 6 7 8 2 (BSN volgt)",  # nine counts near a BSN word: no label
    "Tel: 0 6 1 2 3 4 5 6 7 8",
])
def test_boxed_digits_without_a_label_are_none(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "lang"), [
    (("Op het eerste formulier stond een fout bsn (123456782 is het ordernummer van zijn "
     "werkkleding)."), "nl"),
    ("Niet verwarren met haar BSN (123456782 is haar personeelsnummer).", "nl"),
    ("Met BSN-controle. Mw. Jansen (123456782, personeelsnummer) start maandag.", "nl"),
    ("Met BSN-controle. Mw. Jansen (123456782; klantnr) start maandag.", "nl"),
    ("BSN onbekend (123456782 = dossiernummer UWV).", "nl"),
    ("The wrong BSN (123456782 is her employee number) was corrected.", "en"),
    ("BSN still missing (123456782, her policy number).", "en"),
])
def test_a_bracketed_aside_names_another_kind(text: str, lang: str) -> None:
    assert _found(text, lang=lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Haar BSN (123456782) staat in het dossier.", "nl"),
    ("BSN (123456782) gecontroleerd, klantnummer volgt.", "nl"),
    ("Her BSN (123456782, checked against her passport) is correct.", "en"),
])
def test_a_bracketed_bsn_stays_one(text: str, lang: str) -> None:
    assert _found(text, lang=lang) == ["123456782"]


def test_a_records_bsn_field_takes_one_score_for_its_column() -> None:
    text = ("DTL01 111222333 19800101 JANSEN  m\nDTL01 123456782 19751231 XQZR  v\n"
            "DTL01 232262536 19910615 YILMAZ  v\nDTL01 987654329 19751231 BAKKER  v")
    found = [d for d in detect(text, document=True) if d.entity == "NL_BSN"]
    assert len(found) == 4 and {d.score for d in found} == {0.85}
