"""A table that text extraction left one cell a line (issue #14): the header cells one a line,
then each record's cells in the same order. A value's label is the header cell in its place
in the record, however many lines up; a column headed by another number's label holds decoys.
All numbers are synthetic (generated to pass the 11-check)."""

from __future__ import annotations

import pytest

from detectors import detect
from detectors.cell_lines import cell_label
from tests.work_count import lines_run

B = ["959030657", "264519826", "245902818", "154806298", "546533784", "392968630",
     "419174618", "532657184", "867527420", "424414818", "946364850", "811056521"]


def _found(text: str, entity: str, lang: str = "nl") -> list[str]:
    return [text[d.start:d.end] for d in detect(text, lang) if d.entity == entity]


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


# (text, entity, language, the values found)
CASES = [
    # a title, then four header cells, then two records
    (_lines("Overzicht uitzendkrachten", "Naam", "Geboortedatum", "BSN", "Afdeling",
            "Karin de Wit", "1987-04-12", B[0], "Logistiek",
            "Mehmet Yilmaz", "1991-11-30", B[1], "Inkoop"),
     "NL_BSN", "nl", [B[0], B[1]]),
    (_lines("Overzicht uitzendkrachten", "Naam", "Geboortedatum", "BSN", "Afdeling",
            "Karin de Wit", "1987-04-12", B[0], "Logistiek",
            "Mehmet Yilmaz", "1991-11-30", B[1], "Inkoop"),
     "DATE_OF_BIRTH", "nl", ["1987-04-12", "1991-11-30"]),
    # English, the number column first, dates written with slashes
    (_lines("Citizen service no.", "Name", "Date of birth",
            B[2], "K. Smith", "12/04/1987", B[3], "J. Brown", "30/11/1991",
            B[4], "A. Nowak", "02/02/1979"),
     "NL_BSN", "en", [B[2], B[3], B[4]]),
    (_lines("Citizen service no.", "Name", "Date of birth",
            B[2], "K. Smith", "12/04/1987", B[3], "J. Brown", "30/11/1991",
            B[4], "A. Nowak", "02/02/1979"),
     "DATE_OF_BIRTH", "en", ["12/04/1987", "30/11/1991", "02/02/1979"]),
    # a personnel-number column beside the BSN column: its values are decoys
    (_lines("Personeelsnr", "Naam", "Sofinummer",
            B[5], "P. Bakker", B[6], B[7], "L. Visser", B[8]),
     "NL_BSN", "nl", [B[6], B[8]]),
    # the decoy column last, a phone column between
    (_lines("Medewerker", "Burgerservicenummer", "Telefoon", "Polisnummer",
            "Sanne Jacobs", B[9], "06-12345678", B[10],
            "Ruud Verbeek", B[11], "020-7654321", B[0]),
     "NL_BSN", "nl", [B[9], B[11]]),
    # geboren op as the header, dates written in words, a trailing record cut short
    (_lines("Werknemer", "Geboren op", "Vestiging",
            "Fatma Demir", "3 februari 1990", "Utrecht",
            "Joost Hendriks", "14 mei 1985", "Zwolle",
            "Lieke Mulder", "27 juli 1998"),
     "DATE_OF_BIRTH", "nl", ["3 februari 1990", "14 mei 1985", "27 juli 1998"]),
    # a column of client numbers and one of birth dates: no BSN at all
    (_lines("Klantnummer", "Naam", "Geb. datum",
            B[1], "E. de Graaf", "05-06-1970", B[2], "T. Kok", "09-10-1982"),
     "NL_BSN", "nl", []),
]


@pytest.mark.parametrize(("text", "entity", "lang", "found"), CASES)
def test_a_table_set_one_cell_a_line(text: str, entity: str, lang: str, found: list[str]) -> None:
    assert sorted(_found(text, entity, lang)) == sorted(found)


@pytest.mark.parametrize("text", [
    # a form: each label over its own value, not a table (a label among the values)
    _lines("Naam", "Karin de Wit", "BSN", B[0], "Personeelsnummer", B[1]),
    # a list of names under a heading: no header of fields
    _lines("Aanwezig", "Karin de Wit", "Mehmet Yilmaz", "Joost Hendriks", "Lieke Mulder"),
    # a line with a digit among the labels: no header
    _lines("Naam", "Ronde 2", "Geboortedatum", "BSN", "K. de Wit", "Team A", "1987-04-12", B[0]),
    # one label alone over three lines
    _lines("Opmerkingen", "Graag terugbellen", "Na 14 uur", "Dank"),
])
def test_what_is_no_table_set_one_cell_a_line(text: str) -> None:
    assert all(cell_label(text, i) is None for i in range(len(text)))


def test_a_form_of_labels_over_values_keeps_its_own_labels() -> None:
    text = _lines("Naam", "Karin de Wit", "Personeelsnummer", B[1], "BSN", B[0])
    assert _found(text, "NL_BSN") == [B[0]]


# (one small table, repeated with a blank line between) looking up each line's header stays
# the same work however many tables the text holds (it was a walk over all tables a line)
@pytest.mark.parametrize("unit", [
    _lines("BSN", "Geboortedatum", "123456782", "1987-04-12") + "\n",
    _lines("Naam", "BSN", "Geboortedatum", "K. de Wit", B[0], "1987-04-12") + "\n",
])
def test_lookups_grow_linearly_with_the_tables(unit: str) -> None:
    from detectors import cell_lines

    def run(n: int) -> int:
        text = unit * n
        cell_lines.tables(text)  # read once (linear): the lookups are counted
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

        def look() -> None:
            for s in starts:
                cell_lines.cell_label(text, s)
                cell_lines.table_end(text, s)
        return lines_run(cell_lines.__file__, look)

    small, large = run(50), run(100)
    assert large <= 2.2 * small
    text = unit * 3
    assert [cell_label(text, s) for s in range(len(text))].count("BSN") == 3


# (text, entity, language, the values found) a table of two columns over one record: four
# lines, read as a table as a longer one is
ONE_RECORD = [
    (_lines("Personeelsnummer", "BSN", B[5], B[6]), "NL_BSN", "nl", [B[6]]),
    ("Personeelsnummer\nBSN\n" + B[5] + "\n" + B[6], "NL_BSN", "nl", [B[6]]),
    (_lines("BSN", "Polisnummer", B[7], B[8]), "NL_BSN", "nl", [B[7]]),
    (_lines("Employee no.", "Citizen service number", B[9], B[10]), "NL_BSN", "en", [B[10]]),
]


@pytest.mark.parametrize(("text", "entity", "lang", "found"), ONE_RECORD)
def test_a_one_record_table(text: str, entity: str, lang: str, found: list[str]) -> None:
    assert _found(text, entity, lang) == found
