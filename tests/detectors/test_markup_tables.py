"""A markup table saved or pasted as text (an HTML table, an Excel 2003 XML worksheet):
each cell is named by its column's first-row cell, however far down its row is; an
11-check-valid id in another column is no BSN, and a table without a header row names
nothing."""

from __future__ import annotations

import random

from faker import Faker

from detectors import detect
from detectors.markup_rows import markup_column
from tests.eval import synth

_FAKE = Faker("nl_NL")
_FAKE.seed_instance(1516)


def _found(text: str, entity: str) -> set[str]:
    return {text[d.start:d.end] for d in detect(text, "nl") if d.entity == entity}


def _people(n: int, seed: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    return [(synth.bsn(rng), _FAKE.name(), f"{_FAKE.date_of_birth():%Y-%m-%d}", synth.bsn(rng))
            for _ in range(n)]


def _spreadsheet(people: list[tuple[str, str, str, str]]) -> str:
    def row(cells: list[tuple[str, str]]) -> str:
        return "<Row>" + "".join(f'<Cell><Data ss:Type="{t}">{v}</Data></Cell>'
                                 for t, v in cells) + "</Row>\n"
    head = row([("String", "Id"), ("String", "Naam"), ("String", "Geboortedatum"),
                ("String", "BSN")])
    body = "".join(row([("Number", i), ("String", n), ("DateTime", f"{d}T00:00:00.000"),
                        ("Number", b)]) for i, n, d, b in people)
    return f'<Workbook><Worksheet ss:Name="Export"><Table>\n{head}{body}</Table></Worksheet>\n'


def test_a_spreadsheet_xml_worksheet_names_its_cells_by_the_first_row() -> None:
    people = _people(30, 1)
    text = _spreadsheet(people)
    assert _found(text, "NL_BSN") == {p[3] for p in people}  # the ids are not
    assert _found(text, "DATE_OF_BIRTH") == {p[2] for p in people}


def test_an_html_table_in_a_mail_body() -> None:
    people = _people(8, 2)
    rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{b}</td></tr>\n" for i, n, _, b in people)
    text = ("Hoi, hierbij de lijst.\n<table>\n<tr><th>Dossiernr</th><th>Naam</th>"
            f"<th>Sofinummer</th></tr>\n{rows}</table>\nGroet, Planning\n")
    assert _found(text, "NL_BSN") == {p[3] for p in people}


def test_a_table_without_a_header_row_names_nothing() -> None:
    text = "<table><tr><td>1</td><td>123456782</td></tr><tr><td>2</td><td>111222333</td></tr></table>"
    assert markup_column(text, text.index("1234")) is None
    assert markup_column("<p>BSN</p><p>123456782</p>", 12) is None
