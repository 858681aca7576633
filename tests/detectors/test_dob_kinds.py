"""Birth dates of the kinds the DEV sets missed (issue #14), each written here with its own
synthetic text, NL and EN, and the dates around them that are not birth dates."""

from __future__ import annotations

import pytest

from detectors import detect


def _dobs(text: str, lang: str = "nl") -> list[str]:
    return [text[d.start : d.end] for d in detect(text, lang) if d.entity == "DATE_OF_BIRTH"]


def _aligned(header: str, rows: list[tuple[str, str, str]]) -> str:
    """A table set with spaces; a long name pushes its row out of line (two spaces kept)."""
    lines = [header] + [f"{a:<24}  {b:<14}{c}" for a, b, c in rows]
    return "\n".join(lines)


ROWS = [
    ("Melle van der Sloot-Huijben", "111.222.333", "31-01-1981"),
    ("Floris Karels", "123.456.782", "03-07-1979"),
    ("Nina Beekman", "111.222.333", "11-06-1993"),
    ("Lindsey van der Velden-van Ooste", "123.456.782", "14-03-1982"),
    ("Daniel Broek", "111.222.333", "08-04-1990"),
]


@pytest.mark.parametrize("head", ["Geb.datum", "Geboortedatum", "Gebdat", "DOB", "Date of birth"])
def test_a_column_under_a_birth_header_out_of_line(head: str) -> None:
    text = _aligned(f"Naam                      BSN           {head}", ROWS)
    assert _dobs(text) == [r[2] for r in ROWS]


@pytest.mark.parametrize("head", ["In dienst", "Startdatum", "Datum", "Uit dienst"])
def test_a_column_under_another_date_header_is_not(head: str) -> None:
    assert _dobs(_aligned(f"Naam                      BSN           {head}", ROWS)) == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Jan Jansen gb 3/4/'85", "3/4/'85"),
        ("Jan Jansen, gb. 3/4/'85, Utrecht", "3/4/'85"),
        ("naam,gb,plaats\nJan Jansen,3/4/'85,Utrecht", "3/4/'85"),
        ("Geb. dat 12 03 1985", "12 03 1985"),
        ("Jan van der Berg (12-03-1985) werkt bij ons.", "12-03-1985"),
        ("Jan-Willem van Dijk (12-03-1985) start maandag.", "12-03-1985"),
        ("Zij gaf een geboortedatum van 12 juni 1985 op.", "12 juni 1985"),
        ("Jan Jansen zag op 3 oktober 1985 het levenslicht in Utrecht.", "3 oktober 1985"),
        ("Zij kwam op 12 juni 1985 ter wereld in Zwolle.", "12 juni 1985"),
    ],
)
def test_labels_and_words_nl(text: str, dob: str) -> None:
    assert _dobs(text) == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "Naam: Jan Jansen\nAdres: Dorpsstraat 1, 1234 AB Utrecht\nE-mail: jan@example.nl\n12.03.1985",
        "Jan Jansen\nDorpsstraat 1\n1234 AB Utrecht\n06-12345678\n12-03-1985\nNederlandse",
        "John Smith\n12 Baker Street\njohn.smith@example.com\n03/12/1985",
    ],
)
def test_the_bare_date_below_personal_details(text: str) -> None:
    assert len(_dobs(text, "en" if "John" in text else "nl")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a letter's date: apart from the address, and recent
        "Jan Jansen\nDorpsstraat 1\n1234 AB Utrecht\n\n12-03-2004\n\nBeste heer,",
        "Jan Jansen\nDorpsstraat 1\n1234 AB Utrecht\njan@example.nl\n12-03-2024",
        # a period, a sick-leave date beside a birth date
        "Contract van 12-03-2004 tot 12-03-2005",
        "Periode: van 01-02-1999 tot 01-02-2001",
        "Eerste ziektedag: 3-04-2024\nGeboortedatum ligt in dossier",
        "Ziekmelding 3-04-2009, geboren in Utrecht",
        "First day of sickness: 3-04-2009, place of birth Utrecht",
    ],
)
def test_other_dates_stay_unreported(text: str) -> None:
    assert _dobs(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "dob"),
    [
        # "is van <date>": born on, with no end of a period after it
        ("Zij is van 12 juni 1985 en woont in Zwolle.", "nl", "12 juni 1985"),
        ("Hij is van 3-10-1979, dat staat in zijn dossier.", "nl", "3-10-1979"),
        # a "van" further back is a name's or a phrase's, not the period's
        ("Kees van Dijk, 12-03-1985 geboren in Delft.", "nl", "12-03-1985"),
        ("De vader van de kandidaat, Karel (12-03-1960), werkt ook bij ons.", "nl", "12-03-1960"),
        # "per", "from" with words between them and the date: not a period's start
        ("Date of birth per ID copy: 12-03-1985", "en", "12-03-1985"),
        ("DOB (from passport copy): 12-03-1985", "en", "12-03-1985"),
        ("Geboortedatum per kopie ID-bewijs: 12-03-1985", "nl", "12-03-1985"),
        # a birth word further back in the same sentence
        ("Zijn geboortedatum staat in het dossier: volgens zijn paspoort is dat 3 oktober 1985.",
         "nl", "3 oktober 1985"),
        ("Her date of birth was checked against the passport we copied today: 5 March 1990.",
         "en", "5 March 1990"),
        # a double-barrelled name or one with a capital inside before the bracket
        ("Sanne Jansen-Bakker (12-03-1985) werkt bij ons.", "nl", "12-03-1985"),
        ("Linh Nguyen-Tran (12-03-1990) start maandag.", "nl", "12-03-1990"),
        ("Karel O'Neill (12-03-1960) joined in May.", "en", "12-03-1960"),
        ("Ian McDonald (12-03-1960) joined in May.", "en", "12-03-1960"),
        # an age alone in brackets or as a list item; the place first in the name's bracket
        ("Sanne Bakker, 39, 12-03-1985, Utrecht.", "nl", "12-03-1985"),
        ("Sanne Bakker (39) 12-03-1985 Utrecht.", "nl", "12-03-1985"),
        ("John Smith (Leeds, 03-12-1985) starts on Monday.", "en", "03-12-1985"),
    ],
)
def test_prose_kinds(text: str, lang: str, dob: str) -> None:
    assert _dobs(text, lang) == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "Het contract is van 12-03-2004 tot en met 12-03-2005.",
        "Zij was van 01-02-1999 t/m 01-02-2001 in dienst.",
        "Het contract is van 12-03-2024.",
        "Contract van Jan Jansen: 12-03-2024",
        "Sanne Jansen-Bakker (12-03-2024) tekende het contract.",
        "Geboren in Delft, werkt vanaf maandag 12-03-2004 bij ons.",
        "Geboren in Delft; in dienst per maandag 01-03-2004.",
        "Date of birth on file; employed from 01-03-2004.",
        # a birth word in another sentence, or a date of today's events in the same one
        "Zij is geboren in Utrecht. In de periode daarna, op 12-03-2004, verhuisde zij.",
        "Zijn geboorteplaats is Delft en hij meldde zich bij ons op 12-03-2024 voor werk.",
    ],
)
def test_prose_other_dates(text: str) -> None:
    assert _dobs(text) == []


NAMES = ["Kees Smit", "Piet Bakker", "Anna Vos", "Els Mol", "Jan Dekker", "Sara Kok"]
DATES = ["12-03-1985", "01-02-1979", "05-06-1990", "07-08-1970", "09-10-1966", "11-12-1988"]


@pytest.mark.parametrize("head", ["Geboortedata medewerkers:", "Naam en geboortedatum",
                                  "Overzicht (naam, geb.datum)", "Dates of birth (staff):"])
@pytest.mark.parametrize("row", ["- {n} {d}", "{n}, {d}", "{n}: {d}", "{n} {d} Utrecht"])
def test_a_list_under_a_birth_date_heading(head: str, row: str) -> None:
    text = head + "\n" + "\n".join(row.format(n=n, d=d) for n, d in zip(NAMES, DATES))
    assert _dobs(text) == DATES


@pytest.mark.parametrize(
    "text",
    [
        "Startdata medewerkers:\n" + "\n".join(f"{n} {d}" for n, d in zip(NAMES, DATES)),
        # a list ends at a blank line; a period is no birth date
        "Geboortedata team:\nKees Smit 12-03-1985\n\nVerlof:\nPiet Bakker 01-02-2009",
        "Geboortedata team:\nKees Smit 12-03-1985\nPiet Bakker 01-02-2005 tot 2009",
    ],
)
def test_lists_of_other_dates(text: str) -> None:
    assert [d for d in _dobs(text) if d != "12-03-1985"] == []


def test_a_long_dated_list_is_walked_once_with_the_same_answers() -> None:
    """The run of dated lines is found once per text (was a walk of up to 200 lines per date,
    quadratic on exports); a date up to 200 lines below its heading has it, one further not,
    and a second text is read afresh."""
    from datetime import date

    from detectors.dob_layout import under_heading

    rows = [f"Medewerker {i}, {1 + i % 28:02d}-03-1985" for i in range(250)]
    text = "Geboortedata medewerkers\n" + "\n".join(rows)
    found = []
    for line in (249, 0, 199, 200, 120):  # any order: the memory holds for every line
        start = text.index(rows[line]) + rows[line].index(", ") + 2
        found.append(under_heading(text, start, start + 10, date(1985, 3, 1)) is not None)
    assert found == [False, True, True, False, True]
    other = "Startdata medewerkers\n" + "\n".join(rows)  # no birth word: nothing
    start = other.index(rows[5]) + rows[5].index(", ") + 2
    assert under_heading(other, start, start + 10, date(1985, 3, 1)) is None
