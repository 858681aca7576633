"""DATE_OF_BIRTH as a name's apposition: "Name, date" opening a line, a message or a label's
value, with no birth word (dob_apposed.py); not a period, a dated label's value or a name a
verb or preposition governs."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [d.normalized for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


APPOSED = [
    ("Nieuwe aanmelding:\nSanne de Wit, 03-11-1996, Zwolle, start maandag", "1996-11-03"),
    ("- Thijs Vermeulen, 7 juli 1989, heeft rijbewijs C", "1989-07-07"),
    ("Doorgegeven aan de inlener: Bakker, Femke, 21/02/2000 (ploeg B)", "2000-02-21"),
    ("> Yilmaz, Emre - 30-09-1987 - Rotterdam", "1987-09-30"),
    ("[08:41] Dewi Kartosen: Dewi Kartosen, 1 March 1993, for the bank form", "1993-03-01"),
    ("Aanvrager: Pieter van den Berg, 1985-06-14, woont sinds kort in Delft.", "1985-06-14"),
    ("Candidate: Agnieszka Nowak, 14.02.1991, speaks Polish and English", "1991-02-14"),
    ("3. Lars Mulder – 11-10-1978 – heftruck", "1978-10-11"),
    ("Medewerker: Youssef El Idrissi, 5 mei 1999", "1999-05-05"),
    ("Kandidate: Marieke Jansen, 02-02-1992, via LinkedIn", "1992-02-02"),
]


@pytest.mark.parametrize("text, born", APPOSED)
def test_name_then_birth_date(text: str, born: str) -> None:
    assert _dobs(text) == [born]


@pytest.mark.parametrize("text", [
    "Gesprek gevoerd met Sanne de Wit, 03-11-2004, ging goed.",  # governed by 'met'
    "Sanne de Wit, 2001 - 2004 teamleider",  # a period
    "Sanne de Wit, 01-03-2001 - 31-12-2004 teamleider",  # a period's start
    "Datum gesprek: Sanne de Wit, 03-11-2004",  # a dated label's value
    "Startdatum: Thijs Vermeulen, 07-07-2003",  # another kind of date
    "Utrecht Centraal, 03-11-1996, spoor 5",  # no person's name
    "Sanne de Wit, 03-11-2025, intake gedaan",  # no birth year's date
    "Hoofdkantoor Connect, 03-11-1996 opgericht",
])
def test_no_apposed_birth_date(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize("text", [
    # a letter's place and date line
    "Bergen op Zoom, 14 maart 2007\n\nGeachte mevrouw Visser,",
    "Alphen aan den Rijn, 3 mei 2006\n\nBeste Kees,",
    "Driebergen, 12-10-2005\nGeachte heer De Graaf,",
    # the date's own clause names another kind: a job's period, a start
    "Werkervaring\nJumbo Supermarkten, 01-02-2004 – heden",
    "Kees de Graaf, 15-09-2003 in dienst getreden als chauffeur.",
    "Lotte Visser, 02-05-2001 uit dienst, exitgesprek gevoerd",
    # a signature's or witness's label before the name
    "Voor akkoord: Kees de Graaf, 11-11-2008",
    "Getuige: Lotte Visser, 20-06-2007",
    "Handtekening werknemer: Kees de Graaf, 01-04-2006",
    # a list of names and dates whose lead-in names no birth
    "Jubilarissen 2025\nKees de Graaf, 01-04-2000\nLotte Visser, 12-04-2000",
    "Certificaten VCA behaald:\n- Kees de Graaf, 14-02-2005\n- Lotte Visser, 21-02-2005",
])
def test_no_apposed_birth_date_in_letters_lists_and_signatures(text: str) -> None:
    assert _dobs(text) == []


def test_a_list_whose_lead_in_names_births() -> None:
    text = "Geboortedata nieuwe ploeg:\nKees de Graaf, 01-04-1990\nLotte Visser, 12-04-1992"
    assert _dobs(text) == ["1990-04-01", "1992-04-12"]


# A list of people, each with a date and an identity document, under a lead-in that names
# no birth dates: each row is one person's identity, its date the birth date; the names
# may be padded to a column before the dash.
ACCESS = """Hoi Sanne, hieronder de lijst voor de poort.

> Marko Horvat      - 12.05.1989 - HR ID card 412298305
> Ana Novak         - 03.11.1995 - SI passport PB1184402
> Joris de Groot    - 21.07.1979 - NL ID-kaart
"""


def test_a_list_of_names_dates_and_id_documents_gives_birth_dates() -> None:
    assert _dobs(ACCESS) == ["1989-05-12", "1995-11-03", "1979-07-21"]


def test_a_list_of_names_and_dates_alone_stays_no_birth_dates() -> None:
    # the same list without the identity documents: a jubilee's or a start list's dates
    text = "\n".join(line.rsplit(" - ", 1)[0] for line in ACCESS.splitlines())
    assert _dobs(text) == []
