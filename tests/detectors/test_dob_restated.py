"""Issue #14, DATE_OF_BIRTH restated: a note that checks or corrects a birth date writes it
again without a label, in another form or with day and month swapped (the day-first and
month-first mix-up such notes are about); that date is the birth date too. A date that is
no birth date the text gives stays apart."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


# (kind: the birth date given once with a label or birth word, then again bare)
@pytest.mark.parametrize(("text", "lang", "want"), [
    (("Geboortedatum: 14-02-1987.\nLet op: de salarisadministratie rekent met "
     "1987-02-14 en dat klopt."), "nl", "1987-02-14"),
    (("DOB 03/07/1992 per the intake sheet.\nThe HR system however shows 07/03/1992, "
     "please check which one is right."), "en", "07/03/1992"),
    (("Data urodzenia: 12.11.1985\nUwaga: pensioenfonds heeft 11.12.1985 "
     "ingevoerd, navragen."), "nl", "11.12.1985"),
    (("Born 4 May 1979 in Lagos.\nThe visa form reads 05-04-1979, which an officer must "
     "have typed the American way."), "en", "05-04-1979"),
    (("Naam      | Geb.datum\nJ. Smit   | 08-09-1990\n\nNoot bij regel 1: de bank heeft "
     "09-08-1990 genoteerd, aanpassen."), "nl", "09-08-1990"),
    (("Geburtsdatum: 30.04.1983\nIm Reisepass steht ebenfalls 30/04/1983, passt "
     "also."), "nl", "30/04/1983"),
    (("Her birth date is 1 March 1994.\nThe pension fund wrote 03-01-1994 instead; we "
     "sent them a correction."), "en", "03-01-1994"),
    (("Candidate: Sipho Dlamini (DOB 1991-10-06)\nNote from payroll: old system had "
     "10/06/1991, now fixed."), "en", "10/06/1991"),
    (("geb. 2 juni 1968\nIn de verblijfsvergunning staat 6 februari 1968: twee keer "
     "gecontroleerd, het paspoort zegt 02-06-1968."), "nl", "02-06-1968"),
])
def test_a_birth_date_restated_bare(text: str, lang: str, want: str) -> None:
    assert want in _dobs(text, lang)


# (another date of the text, a date equal to no birth date, no birth date in the text)
@pytest.mark.parametrize(("text", "lang", "absent"), [
    (("Geboortedatum: 14-02-1987.\nContract ingegaan per 15-02-2017, verlengd "
     "14-02-2018."), "nl", "14-02-2018"),
    (("DOB 23/07/1992 per the intake sheet.\nThe invoice of 07/23/1993 is still "
     "open."), "en", "07/23/1993"),
    ("Startdatum: 03-07-1992\nHet systeem toont 07-03-1992, welke klopt?", "nl",
     "07-03-1992"),
    (("Geboortedatum: 14-02-1987.\nUit dienst getreden, het dossier noemt als laatste "
     "werkdag 14-02-2019."), "nl", "14-02-2019"),
])
def test_a_date_no_birth_date_restates_stays_apart(text: str, lang: str, absent: str) -> None:
    assert absent not in _dobs(text, lang)
