"""Issue #14, DATE_OF_BIRTH in another calendar: Iranian and Afghan papers (shenasnameh,
tazkira) write a birth date in the Solar Hijri calendar, year first ("1371/06/21"); it is the
same birth date, normalised to its Gregorian day, wherever a birth label or word says so."""

from __future__ import annotations

import pytest

from detectors import detect, normalize


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


# (kind: a Solar Hijri date, year first, in the layouts a birth date stands in)
@pytest.mark.parametrize(("text", "lang", "want", "iso"), [
    ("Geboortedatum volgens tazkira: 1366/03/15", "nl", "1366/03/15", "1987-06-05"),
    ("DOB (Iranian ID): 1375-11-02", "en", "1375-11-02", "1997-01-21"),
    ("Naam: Farid Ahmadi\nGeb.datum: 1360.07.09\nNationaliteit: Afghaans", "nl", "1360.07.09",
     "1981-10-01"),
    ("He was born 1372/1/1 in Herat, so Nowruz is also his birthday.", "en", "1372/1/1",
     "1993-03-21"),
    ("naam;geboortedatum;plaats\nZahra Karimi;1379/12/29;Mashhad", "nl", "1379/12/29",
     "2001-03-19"),
    ("Date of birth: 1358-05-30 (shamsi)", "en", "1358-05-30", "1979-08-21"),
    ("Geboren op 1369/09/30 te Kabul volgens de tazkira.", "nl", "1369/09/30", "1990-12-21"),
    ("Birth date in passport 1985-02-11; the shenasnameh gives 1363/11/22, the same day.",
     "en", "1363/11/22", "1985-02-11"),
])
def test_a_solar_hijri_birth_date(text: str, lang: str, want: str, iso: str) -> None:
    assert want in _dobs(text, lang)
    assert normalize("DATE_OF_BIRTH", want) == iso


@pytest.mark.parametrize("value", [
    "1371/13/01",  # no 13th month
    "1371/07/31",  # the autumn months have 30 days
    "1371/12/30",  # not a leap year
    "1450/01/01",  # not a living worker's year
])
def test_no_solar_hijri_date(value: str) -> None:
    assert normalize("DATE_OF_BIRTH", value) is None


def test_a_solar_hijri_date_without_a_birth_word_stays_apart() -> None:
    assert _dobs("Factuur 1371/06/21 betaald, ordernummer 1366-03-15.") == []
