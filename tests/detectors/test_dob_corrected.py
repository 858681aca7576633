"""DATE_OF_BIRTH corrected: a date that differs from a birth date near it in its day, its
month or a year or two, or follows a system's placeholder date, in a note that says which
holds (dob_restated._variant); the correction's words may stand between the two dates."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [d.normalized for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


CORRECTED = [
    ("Geboortedatum in AFAS: 14-08-1990. Volgens het paspoort is het 18-08-1990.", "nl",
     "1990-08-18"),
    ("DOB on file 1987-11-02; the passport copy shows 1988-11-02, so payroll must fix it.",
     "en", "1988-11-02"),
    ("geb. 05-03-1979 klopt niet,\nmoet zijn 05-04-1979 (typo bij invoer)", "nl", "1979-04-05"),
    ("Her date of birth is 3 June 1995 in the ATS, wrong: it is 13 June 1995 per her card.", "en",
     "1995-06-13"),
    ("Geboortedatum staat als 1900-01-01 in het systeem, maar zij is van 1996-09-21.", "nl",
     "1996-09-21"),
    ("Birth date was loaded as 01/01/1970; should be\n22/07/1983 according to his ID.", "en",
     "1983-07-22"),
    ("Geb.datum: 11-12-2001 (bij ons), bij het UWV 11-12-2002 — navragen welke goed is.", "nl",
     "2001-12-11"),
    ("Data urodzenia 02.10.1986 — nie, poprawna data to 02.11.1986, zegt de kandidaat.", "nl",
     "1986-11-02"),
    ("Date of birth 27-09-1991 in the ATS but the contract says 27-09-1990.", "en", "1990-09-27"),
]


@pytest.mark.parametrize("text, lang, corrected", CORRECTED)
def test_the_correction_is_a_birth_date(text: str, lang: str, corrected: str) -> None:
    assert corrected in _dobs(text, lang)


@pytest.mark.parametrize("text, lang", [
    # a date of another part: the same month, but another year and day (no variant)
    ("Geboortedatum 14-08-1990. Volgens het contract is de startdatum 02-08-2019.", "nl"),
    # a variant but no word that says one corrects the other: a second person's, a sibling's
    ("Geboortedatum: 14-08-1990\nBroer in dienst sinds 14-08-1992", "nl"),
    # far off: another paragraph's date
    (("Geboortedatum: 14-08-1990.\n\nEerste alinea.\n\nTweede alinea.\n\n"
      "Volgens planning is het 18-08-1990 archief."), "nl"),
    # a placeholder's next date that is no birth year's date
    ("Birth date shows 1900-01-01; it should be updated on 2026-11-30.", "en"),
])
def test_no_correction(text: str, lang: str) -> None:
    found = _dobs(text, lang)
    assert all(d in ("1990-08-14", "1900-01-01") for d in found)


@pytest.mark.parametrize("text, lang, kept", [
    # a lone "maar", "niet", "nee" after a later date: that sentence's own, no correction
    (("Geboortedatum: 01-01-1900\nWoonplaats: Zwolle\n\nOpleiding: MBO Logistiek, diploma "
      "behaald op 15-06-2008, maar nog niet gelegaliseerd."), "nl", ["1900-01-01"]),
    (("Geboortedatum: 12-03-1990 (volgens paspoort)\n\nHeftruckcertificaat gehaald "
      "12-07-1990? Nee, dat kan niet kloppen."), "nl", ["1990-03-12"]),
    (("Geboortedatum: 12-03-1990 (volgens paspoort)\nHeftruckcertificaat gehaald "
      "12-07-1990? Nee, dat kan niet kloppen."), "nl", ["1990-03-12"]),
    ("Geboortedatum: 01-01-1970\nRijbewijs: B, gehaald op 14-05-2009, maar nog niet omgewisseld.",
     "nl", ["1970-01-01"]),
    ("DOB 04-11-1987. Joined on 04-11-1988, it is not a problem.", "en", ["1987-11-04"]),
])
def test_a_later_date_is_not_corrected_by_its_own_sentence(text: str, lang: str,
                                                           kept: list[str]) -> None:
    assert _dobs(text, lang) == kept


@pytest.mark.parametrize("text, lang, corrected", [
    ("Geboortedatum 14-08-1990 in Nmbrs; i.p.v. 14-08-1990 is het 14-09-1990.", "nl",
     "1990-09-14"),
    ("Date of birth 02-05-1986 was entered instead of 02-05-1987.", "en", "1987-05-02"),
    ("Geboortedatum 1900-01-01 in het systeem; correct is 1994-03-08.", "nl", "1994-03-08"),
])
def test_a_joining_phrase_corrects(text: str, lang: str, corrected: str) -> None:
    assert corrected in _dobs(text, lang)
