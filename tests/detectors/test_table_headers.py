"""Tables pasted as text: a header row names columns (its cells are no one's name), and each
row's value under a birth-date or name column is labelled by it (Confluence "||" headers,
Markdown, tab and grid tables)."""

from __future__ import annotations

import pytest

from detectors import detect


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


@pytest.mark.parametrize("text", [
    "|| Naam || Ploegleider || Roosterweek || Contracturen ||\n| Kees Bakker | Yusuf | 12 | 38 |",
    "|| Medewerker || Leidinggevende || Verzuimdagen || Opmerking ||\n| Jan Jansen | Bakker | 4 | - |",
    "| Naam | Coördinator | Afdeling |\n|---|---|---|\n| Kees Bakker | Yusuf | Expeditie |",
    "Naam\tRegiomanager\tVestiging\tFunctiegroep\nKees Bakker\tYusuf\tTilburg\tB",
    ("+----------------------+------------+\n| MEDEWERKERGEGEVENS   |            |\n"
    "+----------------------+------------+\n| Personeelsnummer     | 104233     |\n"
    "| Afdeling             | Expeditie  |\n| Roepnaam             | Kees       |"),
])
def test_a_header_cell_is_no_name_of_the_header_before_it(text: str) -> None:
    found = _found(text, "PERSON")
    assert not any(w in found for w in ("Ploegleider", "Verzuimdagen", "Coördinator",
                                        "Regiomanager", "Personeelsnummer", "Afdeling"))


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("|| Kandidaat || Recruiter || Status ||\n| Sanne Bakker | Okonkwo | Voorgesteld |", "nl",
     ["Sanne Bakker", "Okonkwo"]),
    ("|| Candidate || Consultant || Client || Shift ||\n| Tom Baker | Emily | Heineken | Night |",
     "en", ["Tom Baker", "Emily"]),
    ("|| Personeelsnummer || Voornaam || Achternaam || Afdeling ||\n| 1001 | Jan | Jansen | B |",
     "nl", ["Jan", "Jansen"]),
])
def test_confluence_columns_label_their_rows(text: str, lang: str, names: list[str]) -> None:
    assert _found(text, "PERSON", lang) == names


@pytest.mark.parametrize(("text", "lang"), [
    (("|| Naam || Geb.datum || Startdatum ||\n| Jan Jansen | 12-03-1985 | 01-02-2004 |\n"
     "| Piet de Vries | 01-02-1990 | 15-03-2004 |\n| Kees Bakker | 23-11-1978 | 01-05-2004 |"), "nl"),
    (("|| Name || Date of birth || Start date ||\n| Tom Baker | 12/03/1985 | 01/02/2004 |\n"
     "| Lisa Smith | 01/02/1990 | 15/03/2004 |\n| Sam Jones | 23/11/1978 | 01/05/2004 |"), "en"),
    (("| Naam | Geboortedatum | Startdatum |\n|---|---|---|\n| Jan Jansen | 12-03-1985 | 01-02-2004 |"
     "\n| Piet de Vries | 01-02-1990 | 15-03-2004 |\n| Kees Bakker | 23-11-1978 | 01-05-2004 |"), "nl"),
])
def test_every_row_under_a_birth_date_column(text: str, lang: str) -> None:
    dates = [d.replace("/", "-") for d in _found(text, "DATE_OF_BIRTH", lang)]
    assert dates == ["12-03-1985", "01-02-1990", "23-11-1978"]


def test_a_row_with_an_empty_cell_set_left_of_its_header() -> None:
    # the first sick day's date stands two characters left of its header, the cell after
    # it is empty: it is no birth date for being left of "Eerste ziektedag"
    text = ("Pers.nr    Naam                         Geb.datum   Eerste ziektedag  Hersteld"
            "    Dagen\n"
            "104233     Jansen, P.                   12-03-85  01-02-2024        15-02-2024   14\n"
            "104234     Bakker, A.                   03-11-79  04-03-2024                     9\n"
            "104235     Vries, Sanne de              21-07-91  11-03-2024        18-03-2024   7\n")
    assert _found(text, "DATE_OF_BIRTH") == ["12-03-85", "03-11-79", "21-07-91"]
