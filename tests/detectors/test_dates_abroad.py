"""Issue #14, DATE_OF_BIRTH: birth dates in the written forms of the Dutch labour market's
languages, with month names from glibc's locale data (data/months.toml, make_months.py):
month names with their own letters ("15 юли 1978", "3 października 1990"), the year first
with the month's name (Hungarian "1989. május 7.", Lithuanian "1994 m. sausio 15 d."), the
Hungarian "1985. 10. 23.", and the word "born" in those languages before them. Twins: the
same forms with no birth word, and a month name that is no date, stay none."""

from __future__ import annotations

from datetime import date

import pytest
from faker import Faker

from detectors import detect
from detectors.dates import DateOfBirthRecognizer, parse
from detectors.dob_cues import months_abroad

_FAKE = Faker(["pl_PL", "ro_RO", "bg_BG", "hu_HU", "lt_LT", "pt_PT", "tr_TR", "de_DE"])
_FAKE.seed_instance(3514)


def _births(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "DATE_OF_BIRTH"]


# (how the line says "born", the date as written there, the date)
BORN = [
    ("Urodzona:", "9 PAŹDZIERNIKA 1983", date(1983, 10, 9)),
    ("Data nașterii", "27 septembrie 1995", date(1995, 9, 27)),
    ("Дата на раждане:", "4 декември 1981", date(1981, 12, 4)),
    ("Роден на", "19 февруари 1987", date(1987, 2, 19)),
    ("Született:", "1979. február 2.", date(1979, 2, 2)),
    ("Szül. idő:", "2001. 03. 30.", date(2001, 3, 30)),
    ("Gimė", "1996 m. rugsėjo 8 d.", date(1996, 9, 8)),
    ("Gimimo data", "1982 m. gruodžio 21 d.", date(1982, 12, 21)),
    ("Nascida em", "2 de setembro de 1993", date(1993, 9, 2)),
    ("Nacido el", "30 de enero de 1989", date(1989, 1, 30)),
    ("Doğum tarihi", "6 Ağustos 1990", date(1990, 8, 6)),
    ("Geboren am", "11. Dezember 1986", date(1986, 12, 11)),
    ("Născută la", "1 iulie 1991", date(1991, 7, 1)),
    ("Date of birth", "14 lipca 1984", date(1984, 7, 14)),
]


@pytest.mark.parametrize(("label", "value", "born"), BORN)
def test_a_birth_date_as_its_writer_writes_it(label: str, value: str, born: date) -> None:
    assert parse(value.rstrip(" d.").rstrip(".")) == born
    text = f"{_FAKE.name()} | {label} {value} | tel. +48 512 334 906\n"
    assert [parse(v) for v in _births(text)] == [born]


@pytest.mark.parametrize("text", [
    "Umowa najmu od 1 października 2024, kaucja 500 euro.",
    "A szerződés 2024. március 1. napjától hatályos, a munkáltató a Flexwerk B.V.",
    "Sutartis galioja nuo 2025 m. sausio 6 d. iki 2025 m. birželio 30 d.",
    "Договорът е от 2 септември 2024 г. до 28 февруари 2025 г.",
    "A jelentés dátuma: 2024. 11. 05., készítette a HR osztály.",
])
def test_the_same_forms_without_a_birth_word_are_no_birth_dates(text: str) -> None:
    assert _births(text) == []


def test_the_month_lists_cover_each_language_and_stay_one_month_each() -> None:
    months = months_abroad()
    for word, n in [("października", 10), ("pazdziernika", 10), ("юли", 7), ("október", 10),
                    ("liepos", 7), ("şubat", 2), ("subat", 2), ("março", 3), ("märz", 3)]:
        assert months[word] == n


def test_the_pattern_stays_ascii_for_the_fast_scan() -> None:
    """Non-ASCII month names are written as \\u escapes: plain_scan takes only ASCII."""
    assert DateOfBirthRecognizer.ANCHOR.isascii()
    assert all(p.regex.isascii() for p in DateOfBirthRecognizer.PATTERNS)


@pytest.mark.parametrize("text, value", [
    ("Kim Jansen geb 1997-10-8, haar zus is 14/03/1984 geboren.", "14/03/1984"),
    ("Jan, geboren 1970; zijn broer is 3 mei 1975 geboren in Tiel.", "3 mei 1975"),
    ("Omar geboren op 02-02-1990. Zijn neef Ali is 12.06.1993 geboren.", "12.06.1993"),
    ("Piotr urodzony 1988, brat Marek 04.07.1991 urodzony w Łodzi.", "04.07.1991"),
    ("Ana născută 1979; Ioana 21.09.1985 născută la Cluj.", "21.09.1985"),
    ("geb. 1966 (vader), de medewerker zelf is 7 juli 1994 geboren", "7 juli 1994"),
    ("Lisa born 1982; her brother was 30-11-1986 born in Leeds.", "30-11-1986"),
    ("Ewa urodzona 1980, siostra Anna 1983-05-14 urodzona w Gdańsku.", "1983-05-14"),
])
def test_a_born_word_after_its_own_value_is_that_values_label(text: str, value: str) -> None:
    # a born word earlier on the line, before another year, must not take the label away
    # from a date the same word follows
    assert value in _births(text)


@pytest.mark.parametrize("text, value", [
    ("Huurder: Ewa Nowak\nGeboren: 3 marca 1999 (03-03-1999)\nPESEL: ...", "03-03-1999"),
    ("Ik, Joana Silva, geboren op 9 de junho de 1971 (09-06-1971), verklaar", "09-06-1971"),
    ("Born: 2 август 1983 (02.08.1983)\nEGN: ...", "02.08.1983"),
    ("Doğum tarihi yerine: doğdu 5 Mayıs 1992 (05.05.1992), İzmir", "05.05.1992"),
    ("născută la 7 iulie 1988 (07/07/1988) în Iași", "07/07/1988"),
    ("geboren 12 februari 1975 ( 12-2-1975 ), weduwe", "12-2-1975"),
    ("urodzony 30 listopada 1969 (30.11.1969) w Radomiu", "30.11.1969"),
    ("born on 14 March 1991 (14/03/1991) in Pune", "14/03/1991"),
])
def test_a_birth_date_restated_in_brackets_keeps_its_label(text: str, value: str) -> None:
    assert value in _births(text)
