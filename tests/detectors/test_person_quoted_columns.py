"""Issue #14, PERSON: a CSV export that quotes every cell ('"100234";"Jansen";"P.J."') is
read for its columns of names as an unquoted one is (person_columns): the quotes hid every
name of a headerless export. A lone initial stays unreported (writers of the blind sets
label it in 6 payroll exports and leave it in 12). Names invented."""

from __future__ import annotations

import pytest

from detectors import detect


def _people(text: str) -> list[str]:
    return [text[d.start:d.end] for d in detect(text, "nl") if d.entity == "PERSON"]


@pytest.mark.parametrize("quote", ['"', ""])
def test_a_quoted_export_s_columns_of_names(quote: str) -> None:
    rows = [("100234", "Jansen", "P.J.", "01-01-1980"), ("100235", "Nowak", "M.A.", "02-02-1981"),
            ("100236", "Bakker", "S.", "03-03-1982"), ("100237", "Okafor", "C.O.", "04-04-1983")]
    text = "".join(";".join(f"{quote}{c}{quote}" for c in row) + "\n" for row in rows)
    assert _people(text) == ["Jansen", "P.J.", "Nowak", "M.A.", "Bakker", "Okafor", "C.O."]


def test_a_quoted_export_of_first_names_and_surnames() -> None:
    text = '"1"|"Jansen"|"Pieter"\n"2"|"Nowak"|"Marta"\n"3"|"Bakker"|"Sanne"\n'
    assert _people(text) == ["Jansen", "Pieter", "Nowak", "Marta", "Bakker", "Sanne"]


def test_a_quoted_export_of_towns_and_products_has_no_names() -> None:
    text = ('"1";"Utrecht";"Bureaustoel"\n"2";"Tilburg";"Monitor"\n'
            '"3";"Breda";"Toetsenbord"\n"4";"Venlo";"Laptop"\n')
    assert _people(text) == []
