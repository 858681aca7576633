"""Issue #14, DATE_OF_BIRTH in a list of people: one person a line with one date ("- Name,
date", "2. Name: date", "Name - date"), under a lead-in that says the dates are birth dates,
however many items stand between; not a list under another lead-in, nor items that name
no person."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang, document=True)
            if d.entity == "DATE_OF_BIRTH"]


# (kind: the lead-in names the field once, the items give name and date)
@pytest.mark.parametrize(("text", "lang", "want"), [
    (("Voor de verzekering graag van iedereen de geboortedatum, hieronder de lijst van "
     "de ploeg die maandag begint bij de klant in Tilburg.\n\n- Sanne Verbeek, 14-02-1991\n"
     "- Daan Mulder, 02-10-1985\n- Fatima Ouali, 21-07-1998\n"), "nl", "21-07-1998"),
    (("Dates of birth for the site badges, as requested by security:\n"
     "* Piotr Zielinski, 3 March 1984\n* Ana Costa, 17 May 1990\n* Tom Evans, 9 June 1979\n"
     "* Ravi Sharma, 30 November 1993\n"), "en", "30 November 1993"),
    (("Geb. data (voor de bus naar Venlo):\n1. Kemal Yıldız: 11-11-1987\n"
     "2. Maria Santos: 03-03-1999\n3. Lotte de Graaf: 1996-05-23\n"), "nl", "1996-05-23"),
    ("Geburtsdaten der Gruppe\n\nJan Novak – 12.01.1989\nEva Horvat – 30.08.1992\n",
     "nl", "30.08.1992"),
    (("For the hotel we need names and birth dates:\n- Oksana Kovalenko, 1988-04-02\n"
     "- Mehmet Demir, 1990-12-19\n"), "en", "1990-12-19"),
    (("Lijst met geboortedata van de nieuwe uitzendkrachten\n• Bram van der Meer, "
     "7-9-1995\n• Noa de Vries, 19-1-2001\n"), "nl", "19-1-2001"),
    (("Hieronder namen + geboortedatum, de rest staat in het systeem\n\n"
     "Youssef El Amrani, 13/06/1986\nEmma Jansen, 28/02/1994\n"), "nl", "28/02/1994"),
    (("Data urodzenia pracowników (do umowy):\n- Tomasz Wojcik, 05.05.1983\n"
     "- Anna Lewandowska, 22.10.1991\n"), "nl", "22.10.1991"),
])
def test_a_list_of_people_under_a_birth_lead_in(text: str, lang: str, want: str) -> None:
    assert want in _dobs(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    (("In dienst per de volgende data, graag het rooster aanpassen:\n\n"
     "- Sanne Verbeek, 14-02-2006\n- Daan Mulder, 02-10-2005\n"), "nl"),
    (("Start dates for the new crew, please plan the induction:\n"
     "* Piotr Zielinski, 3 March 1994\n* Ana Costa, 17 May 1990\n"), "en"),
    (("De geboortedatum van de klant hoort niet in deze mail, zie het CRM. Lopende "
     "contracten\n- Stichting Welzijn Oost, 01-01-1995\n- Bouwbedrijf Smit, 12-03-1998\n"),
     "nl"),
])
def test_a_list_under_another_lead_in_stays_apart(text: str, lang: str) -> None:
    assert _dobs(text, lang) == []
