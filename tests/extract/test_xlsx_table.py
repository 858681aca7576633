"""A workbook's sheet is read as a table, as a CSV export is: the header row is found below a
title and empty margin rows, each column goes to detection under its own header (an order
number beside a BSN column borrows no context), and every finding keeps its cell reference."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from tests.extract import tables_data as td
from tests.extract.test_tables import scan


def _save(wb: Workbook, path: Path) -> Path:
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def test_a_header_below_a_title_and_margin_labels_its_columns(tmp_path: Path) -> None:
    bsn, decoy = td.valid_bsns(2, 300_000_000)
    wb = Workbook()
    ws = wb.active
    ws.title = "Personeel"
    ws["B2"] = "Overzicht personeel juni"
    ws.append([None])
    ws.append([None, "Personeelsnr", "Burgerservicenr", "Naam", "Geboortedatum"])
    ws.append([None, int(decoy), bsn, "Sanne Bakker-de Wit", datetime(1988, 3, 14)])
    findings = scan(_save(wb, tmp_path / "personeel.xlsx"))
    got = {(f.location, f.entity) for f in findings}
    assert {("Personeel!C5", "NL_BSN"), ("Personeel!D5", "PERSON"),
            ("Personeel!E5", "DATE_OF_BIRTH")} <= got
    assert ("Personeel!B5", "NL_BSN") not in got  # a personnel number, not a BSN


def test_number_columns_that_name_another_number_stay_decoys(tmp_path: Path) -> None:
    numbers = td.valid_bsns(8, 300_000_000)
    wb = Workbook()
    ws = wb.active
    ws.append(["klantnummer", "ordernummer", "bsn", "naam"])
    for i in range(0, 8, 2):
        ws.append([numbers[i], numbers[i + 1], numbers[i], "Jan Jansen"])
    findings = scan(_save(wb, tmp_path / "orders.xlsx"))
    bsn_cells = {f.location for f in findings if f.entity == "NL_BSN"}
    assert bsn_cells == {f"Sheet!C{n}" for n in range(2, 6)}


def test_a_sheet_without_a_header_is_read_row_by_row(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(["Piet Bakker", "Kerkweg 3", "piet@example.nl", "0687654321"])
    ws.append(["Anna de Vries", "Dorpsstraat 1", "anna@example.nl", "0612345678"])
    got = {(f.location, f.entity) for f in scan(_save(wb, tmp_path / "lijst.xlsx"))}
    assert {("Blad1!C1", "EMAIL_ADDRESS"), ("Blad1!D2", "PHONE_NUMBER")} <= got


def test_a_birth_date_typed_as_a_date_is_a_date_not_a_timestamp(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["naam", "geboortedatum"])
    ws.append(["Jan Jansen", datetime(1990, 2, 3, tzinfo=None)])
    findings = scan(_save(wb, tmp_path / "gebdat.xlsx"))
    dob = [f for f in findings if f.entity == "DATE_OF_BIRTH"]
    assert [f.location for f in dob] == ["Sheet!B2"]


def test_a_kind_column_names_the_numbers_of_a_sheet(tmp_path: Path) -> None:
    from tests.extract.test_tables import KIND_TABLE

    wb = Workbook()
    ws = wb.active
    ws.title = "ID"
    for row in KIND_TABLE:
        ws.append(row)
    got = {(f.location, f.entity) for f in scan(_save(wb, tmp_path / "id.xlsx"))
           if f.entity in ("NL_DRIVERS_LICENSE", "NL_ID_DOCUMENT")}
    assert got == {("ID!B2", "NL_DRIVERS_LICENSE"), ("ID!B3", "NL_ID_DOCUMENT"),
                   ("ID!B4", "NL_ID_DOCUMENT")}
