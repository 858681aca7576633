"""A health term in a field of a record of "label: value" lines that a name field opens is
that person's: a form about one worker, or one row of a table read row by row ("Naam: ...⏎
Vakantie: -⏎Overig verlof: zwangerschapsverlof"); not a field of the row above, nor a record
a blank line or prose parts from the name (special_rows.record_person). Cases written here;
names synthetic."""

from __future__ import annotations

from detectors.special_category import find_special

ROWS = ("Naam: Noor Verbeek\nVakantie: 04-05 t/m 08-05\nOverig verlof: -\n"
        "Naam: Esra Yilmaz\nVakantie: -\nOverig verlof: zwangerschapsverlof vanaf 01-06\n"
        "Naam: Daan Kok\nVakantie: 20-04 t/m 24-04\nOverig verlof: -\n")


def _rules(text: str, lang: str = "nl") -> list[str]:
    return [m.rule for m in find_special(text, lang)]


def test_a_term_in_a_rows_field_is_its_named_persons() -> None:
    assert _rules(ROWS) == ["row about one person 'row'"]


def test_an_english_record_too() -> None:
    text = "Name: Esra Yilmaz\nShift: nights\nLeave: maternity leave from 1 June\n"
    assert _rules(text, "en") == ["row about one person 'row'"]


def test_a_row_without_its_name_field_is_no_ones() -> None:
    # the name field above belongs to the row before: "Overig verlof" is met first
    text = ("Naam: Noor Verbeek\nVakantie: 04-05\nOverig verlof: -\n"
            "Vakantie: -\nOverig verlof: zwangerschapsverlof\n")
    assert _rules(text) == []


def test_a_blank_line_ends_the_record() -> None:
    text = "Naam: Noor Verbeek\nVakantie: 04-05\n\nOverig verlof: zwangerschapsverlof\n"
    assert _rules(text) == []
