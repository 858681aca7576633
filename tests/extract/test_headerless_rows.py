"""A table without a header row keeps each record's row together: its bare BSN and birth
date are known by the name, the date and the account beside them on one row, as detect()
knows them in the pasted text; a line a cell lost that context. A two-cell row stays a
form's label over its value. Through the real per-file pipeline; all values synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract import tables_data as td
from tests.extract.test_tables import scan

# surname, first name, birth date in the forms a spreadsheet shows, then BSN, IBAN, mobile
PEOPLE = [("Verhoeven", "Sanne", "4-7-1988"), ("van den Berg", "Thijs", "21-11-1975"),
          ("Yıldız", "Merve", "30-01-1999"), ("Koster", "Bas", "07-09-1962"),
          ("Hendriks", "Lotte", "12-12-2001")]


def _rows() -> list[list[str]]:
    bsns = td.valid_bsns(len(PEOPLE), 372_000_000)
    return [[last, first, born, bsns[i], td._iban(517164300 + i * 7919), f"06-{23456780 + i}"]
            for i, (last, first, born) in enumerate(PEOPLE)]


@pytest.mark.parametrize(("name", "sep"), [("plak.txt", "\t"), ("lijst.csv", ";"),
                                           ("rijen.txt", "|")])
def test_a_headerless_records_bsn_and_birth_date_are_found_in_their_cells(
        tmp_path: Path, name: str, sep: str) -> None:
    path = tmp_path / name
    path.write_text("\n".join(sep.join(r) for r in _rows()) + "\n", encoding="utf-8")
    got = {(f.location, f.entity) for f in scan(path)}
    for n in range(1, len(PEOPLE) + 1):
        assert (f"row {n}, column 4", "NL_BSN") in got
        assert (f"row {n}, column 3", "DATE_OF_BIRTH") in got


def test_a_headerless_html_tables_rows_are_records(tmp_path: Path) -> None:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _rows())
    path = tmp_path / "lijst.html"
    path.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    got = {(f.location, f.entity) for f in scan(path)}
    assert {(f"table 1, row {n}, column 4", "NL_BSN") for n in range(1, 6)} <= got


def test_a_two_cell_row_stays_a_forms_label_and_value(tmp_path: Path) -> None:
    bsn = td.valid_bsns(1, 418_000_000)[0]
    form = [("Personeelsnr", "20417"), ("Achternaam", "Wijnands"), ("Voornaam", "Eva"),
            ("Geb.datum", "3-6-1984"), ("Burgerservicenummer", bsn), ("Telefoon", "06-41234567"),
            ("Noodcontact", "Ruud Wijnands (partner)")]
    path = tmp_path / "kaart.txt"
    path.write_text("\n".join("\t".join(r) for r in form) + "\n", encoding="utf-8")
    found = scan(path)
    people = {f.masked[-3:] for f in found if f.entity == "PERSON"}
    # no label of the form is taken for a name under the one above it
    assert not people & {"ner", "ode", "tum", "oon", "act"}
    assert {f.entity for f in found} >= {"NL_BSN", "DATE_OF_BIRTH", "PHONE_NUMBER"}
