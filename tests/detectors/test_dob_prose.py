"""Dates of birth in running text: birth words before and after, the year-first order, an
age that fits the date, a date in brackets after a name; and the dates that are not."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.dates import normalize


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Sanne is geboren op 3 maart 1990 in Utrecht.", "3 maart 1990"),
        ("Hij werd op 12 januari 1985 in Paramaribo geboren.", "12 januari 1985"),
        ("Zij is op 4-5-1992 geboren.", "4-5-1992"),
        ("Piet (geb. 03-04-1988) start maandag.", "03-04-1988"),
        ("He was born on March 5, 1990.", "March 5, 1990"),
        ("De kandidaat, 12 maart 1990 geboren te Delft, start morgen.", "12 maart 1990"),
        ("Geboren: 1990, 12 maart", "1990, 12 maart"),
        # the year first, its day after more than one space (a register's fixed columns)
        ("Geboortedatum: 1922  29  JUN", "1922  29  JUN"),
        ("Geboren: 1990,  12 maart", "1990,  12 maart"),
        # an age that fits the date beside it
        ("Fatma (34, 12-03-1990) werkt als orderpicker.", "12-03-1990"),
        ("Ahmed is 34 jaar (12-03-1990) en start maandag.", "12-03-1990"),
        ("Kowalski, 12/03/1990 (34 yrs), forklift driver.", "12/03/1990"),
        # in brackets right after a name
        ("Sanne Bakker (12-03-1990) is gestart op de afdeling inpak.", "12-03-1990"),
    ],
)
def test_a_birth_date_in_prose(text: str, dob: str) -> None:
    assert _dobs(text, "en" if "born on" in text or "yrs" in text else "nl") == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "Sanne Bakker (01-03-2024) is gestart.",  # a start date, no birth year's date
        "Werkervaring 3 jaar, gestart op 01-03-2015.",  # 3 is no age
        "Orderpicker, 24 jaar. Startdatum 01-03-2024.",  # a date labelled as another date
        "Medewerker 24 jaar, in dienst sinds 01-03-2005.",  # a decoy label wins over an age
        "Klant (12-03-1990) heeft betaald.",  # a common word, no name
        "Factuur 2019, 12 maart verstuurd.",  # the year-first order needs a birth word
    ],
)
def test_no_birth_date_in_prose(text: str) -> None:
    assert _dobs(text) == []


def test_year_first_normalizes() -> None:
    assert normalize("1990, 12 maart") == "1990-03-12"
    assert normalize("1985 3 March") == "1985-03-03"
    assert normalize("1922  29  JUN") == "1922-06-29"
