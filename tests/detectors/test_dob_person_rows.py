"""DATE_OF_BIRTH in written forms people type (the year first with spaces, a form's boxed
digits, 'febr.') and in a row of personal details pasted with no header over it."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, date", [
    ("Geboren: 12-febr-1990", "12-febr-1990"),
    ("Geboortedatum: 3 febr. 1985", "3 febr. 1985"),
    ("Date of birth: 1990 3 12", "1990 3 12"),
    ("Naam,BSN,Geboortedatum\nJan de Vries,123456782,1990 02 01", "1990 02 01"),
    ("Geboortedatum (dd-mm-jjjj): 1 2 - 0 3 - 1 9 9 0", "1 2 - 0 3 - 1 9 9 0"),
    ("DOB: 0 1 / 1 1 / 1 9 8 7", "0 1 / 1 1 / 1 9 8 7"),
])
def test_written_forms(text: str, date: str) -> None:
    assert _dobs(text) == [date]


@pytest.mark.parametrize("text", [
    "Geboortedatum: 1990 12 31 14",  # a run of digit groups, no date
    "Tel 06 1990 12 31",
    "Geboortedatum: 0 6 1 2 3 4 5 6 7 8",
])
def test_digit_runs_are_no_written_form(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize("text, lang, found", [
    ("Jan de Vries,123456782,01-02-1990,Utrecht\nPiet Jansen,111222333,03-04-1985,Zwolle",
     "nl", ["01-02-1990", "03-04-1985"]),
    ("Hieronder de gegevens:\nJan de Vries, 123456782, 01-02-1990", "nl", ["01-02-1990"]),
    ("Jan de Vries 123456782 12.03.1990\nPiet Jansen 111 222 333 03.04.1985", "nl",
     ["12.03.1990", "03.04.1985"]),
    ("Vries, Jan, 123-45-6782, 01 02 1990", "nl", ["01 02 1990"]),
    ("Jan de Vries, Utrecht, 12 maart 1990, 123.456.782", "nl", ["12 maart 1990"]),
    ("New starters:\nAnna Smith; 111222333; 2 February 1988", "en", ["2 February 1988"]),
])
def test_headerless_person_row(text: str, lang: str, found: list[str]) -> None:
    assert _dobs(text, lang) == found


@pytest.mark.parametrize("text", [
    "Ordernr 123456782, 01-02-1990",  # the number's own label: another kind
    "Jan de Vries, klantnummer 123456782, 01-02-1990",
    "Jan de Vries,123456782,01-02-1990,in dienst 01-03-2010",  # two dates: which one?
    "Jan de Vries,123456783,01-02-1990",  # no BSN (11-check fails)
    "Factuur Jan de Vries, 123456782, 01-02-2024",  # not a birth year's date
    "afdeling zorg,123456782,01-02-1990",  # no name
    # a header names the column: it says what the dates are
    "Naam,BSN,In dienst\nJan de Vries,123456782,01-02-1990\nPiet Jansen,111222333,03-04-1985",
    "Overzicht\nName;BSN;Start date\nAnna Smith;111222333;02-02-1988",
])
def test_rows_that_date_no_birth(text: str) -> None:
    assert _dobs(text) == []


LONG_ROW = ("Jan de Vries,123456782,Hoofdstraat 12,1234 AB,Utrecht,06-12345678,"
            "jan.de.vries@voorbeeld.nl,NL91ABNA0417164300,Medewerker logistiek magazijn "
            "Noord,ploegendienst vroeg/laat,contract onbepaalde tijd,1 maart 1990,opmerking: "
            "heftruckcertificaat aanwezig, VCA basis verlopen")


def test_a_long_delimited_row_is_a_row() -> None:
    # an export's row of many fields is longer than a line of prose read as a row
    assert len(LONG_ROW) > 240 and _dobs(LONG_ROW) == ["1 maart 1990"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Sanne de Vries * 12-05-1979\nwoont Utrecht, eigen auto", "nl"),
    ("Jan Jansen (* 12-05-1979, Utrecht)", "nl"),
    ("Pieter Claes ° 12-05-1979", "nl"),
    ("Anna Smith * 12-05-1979, Leeds", "en"),
])
def test_the_birth_sign(text: str, lang: str) -> None:
    assert _dobs(text, lang) == ["12-05-1979"]


@pytest.mark.parametrize("text", [
    "* 12-05-1979 start bij Albert Heijn",  # a list's bullet at the start of a line
    "Totaal * 12-05-2023",  # not a birth year's date
])
def test_a_star_that_is_no_birth_sign(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize("text", [
    "Anna Bakker\nanna.bakker@voorbeeld.nl\n* 12-03-1990",
    "Gegevens van de kandidaat:\n- Anna Bakker\n- 1234 AB Utrecht\n- 12-03-1990",
    "Personal details:\n• Anna Smith\n• anna.smith@example.com\n• 12-03-1990",
])
def test_a_listed_date_below_personal_details(text: str) -> None:
    assert _dobs(text) == ["12-03-1990"]


@pytest.mark.parametrize(("text", "dobs"), [
    ("In dienst 01-03-1999 bsn 123456782", []),
    ("Mutatie 19990312 BSN 123456782 STATUS ACTIEF", []),
    ("Status 19800203 bsn 123456782", []),
    ("Dossier 01-03-1999 bsn 123456782", []),
    ("pawel 19800203 bsn 123456782", ["19800203"]),
    ("19800203 bsn 123456782", ["19800203"]),
])
def test_a_word_label_before_the_date_on_a_bsn_line(text: str, dobs: list[str]) -> None:
    assert _dobs(text) == dobs
