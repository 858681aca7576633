"""DATE_OF_BIRTH: a date in brackets after a meeting, event or document word is that
event's date; the latest birth year the unlabelled rules accept moves with the document's
own dates (dob_layout.born_by), never with the day the test runs."""

from __future__ import annotations

import pytest

from detectors import detect


def _dates(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Werkoverleg (12-03-2004)", "nl"),
    ("Evaluatie (3 mei 2009)", "nl"),
    ("Besluitenlijst MT-vergadering (05-06-2008)", "nl"),
    ("Jaarverslag (2009-03-01)", "nl"),
    ("Functioneringsgesprek Jansen (12-03-2004)", "nl"),
    ("Exit interview Sanne Bakker (12-03-2004)", "en"),
    ("Minutes Staff Meeting (12/03/2004)", "en"),
    ("Review (3 May 2009)", "en"),
    # a birth word nearby does not make the event's date a birth date
    ("Werkoverleg (12-03-2004) met Jan Jansen, geboren 01-02-1980.", "nl"),
    ("Appraisal (12/03/2004): Tom Baker, born 01/02/1980.", "en"),
])
def test_an_events_date_is_no_birth_date(text: str, lang: str) -> None:
    assert not [d for d in _dates(text, lang) if "2004" in d or "2008" in d or "2009" in d]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Sanne Bakker (12-03-1990) start maandag.", "nl", ["12-03-1990"]),
    ("Werkoverleg 4 maart: Jan Jansen (01-02-1980) is goed bezig.", "nl", ["01-02-1980"]),
    ("Tom Baker (12/03/1985) starts on Monday.", "en", ["12/03/1985"]),
])
def test_a_name_before_the_bracket_still_says_born(text: str, lang: str, expected: list[str]) -> None:
    assert _dates(text, lang) == expected


def test_the_latest_birth_year_follows_the_documents_own_dates() -> None:
    late = "Verslag intake, Utrecht 12-03-2031.\nSanne Bakker (12-03-2014) start maandag."
    alone = "Sanne Bakker (12-03-2014) start maandag."
    validity = "Paspoort geldig tot 12-03-2031.\nSanne Bakker (12-03-2014) start maandag."
    assert _dates(late) == ["12-03-2014"]  # 17 when the document was written
    assert _dates(alone) == [] and _dates(validity) == []  # no date says when: up to 2010
