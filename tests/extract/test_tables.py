"""Tables read as tables: every identifier in an export's identifier columns is found with its
column label and its `row N, column <header>` location, in delimited text of every dialect
and encoding and in DOCX, ODT, HTML and PDF tables; order-number columns stay decoys."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import Finding, SourceItem
from scanner.scan_item import ScanConfig, process_file
from tests.extract import tables_data as td

CFG = ScanConfig(key=b"test", policy_path=None, limits=Limits(), now=datetime(2024, 6, 1, tzinfo=UTC))


def scan(path: Path, cfg: ScanConfig = CFG) -> list[Finding]:
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2024, 1, 1, tzinfo=UTC))
    results = process_file(item, cfg)
    assert results[0].file.status == "scanned", results[0].file
    return [f for r in results for f in r.findings]


def missed(findings: list[Finding], where: str = "") -> list[td.Planted]:
    """Planted identifiers without a finding of their entity in their cell."""
    got = {(f.location, f.entity) for f in findings}
    return [p for p in td.planted()
            if (f"{where}row {p.row}, column {p.column}", p.entity) not in got]


@pytest.mark.parametrize("name, delimiter, encoding", [
    ("export.csv", ";", "utf-8"),
    ("export.tsv", "\t", "utf-16"),
    ("export.csv", ",", "cp1252"),
    ("export.txt", "|", "utf-8-sig"),
])
def test_every_identifier_in_an_export_is_found_in_its_cell(
        tmp_path: Path, name: str, delimiter: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(td.delimited(delimiter, encoding))
    findings = scan(path)
    assert missed(findings) == []
    labels = {f.explanation for f in findings if f.location.endswith("column bsn")}
    assert labels == {"label 'bsn'"}
    assert not [f for f in findings if f.entity == "NL_BSN" and "ordernummer" in f.location]
    assert not [f for f in findings if "opmerking" in f.location]


def test_a_title_line_above_the_header_shifts_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"Export kandidaten juni\r\n" + td.delimited(";", "utf-8"))
    got = {(f.location, f.entity) for f in scan(path)}
    assert ("row 3, column bsn", "NL_BSN") in got and ("row 10, column naam", "PERSON") in got


def test_an_export_without_header_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    rows = [["Jan Jansen", "Hoofdstraat 12", "3511 AB Utrecht", "jan@example.nl",
             td.valid_bsns(1)[0], "0612345678"],
            ["Piet Bakker", "Kerkweg 3", "1012 AB Amsterdam", "piet@example.nl", "123456782",
             "0687654321"]]
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    got = {(f.location, f.entity) for f in scan(path)}
    for n in (1, 2):
        assert {(f"row {n}, column 5", "NL_BSN"), (f"row {n}, column 4", "EMAIL_ADDRESS"),
                (f"row {n}, column 6", "PHONE_NUMBER")} <= got


def test_other_number_columns_are_decoys(tmp_path: Path) -> None:
    numbers = td.valid_bsns(6, 300_000_000)
    head = ["personeelsnummer", "klantnummer", "ordernummer", "kvk", "naam"]
    lines = [";".join(head)] + [f"{numbers[i]};{numbers[i + 1]};{numbers[i]};{numbers[i + 1]};"
                                f"Jan Jansen" for i in range(0, 6, 2)]
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert not [f for f in scan(path) if f.entity == "NL_BSN"]


@pytest.mark.parametrize("name, maker, where", [
    ("kandidaten.docx", td.docx_table, "table 1, "),
    ("kandidaten.odt", td.odt_table, "table 1, "),
    ("kandidaten.html", td.html_table, "table 1, "),
    ("kandidaten.pdf", td.pdf_table, "page 1, table 1, "),
])
def test_every_identifier_in_a_document_table_is_found_in_its_cell(
        tmp_path: Path, name: str, maker, where: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(maker())
    findings = scan(path)
    assert missed(findings, where) == []
    assert not [f for f in findings if f.entity == "NL_BSN" and "ordernummer" in f.location]
    # the text around the table is still read, and the table's cells only once
    bsns = [f for f in findings if f.entity == "NL_BSN"]
    assert len(bsns) == 8 and all(f.location.startswith(where) for f in bsns)


def test_a_big_csv_streams_through_the_pipeline(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The streaming path (files over STREAM_FROM) gives what the in-memory path gives."""
    from scanner import scan_item

    path = tmp_path / "export.csv"
    path.write_bytes(td.delimited(";", "utf-8"))
    in_memory = sorted((f.location, f.entity, f.fingerprint) for f in scan(path))
    monkeypatch.setattr(scan_item, "STREAM_FROM", 1)
    streamed = sorted((f.location, f.entity, f.fingerprint) for f in scan(path))
    assert streamed == in_memory
    small = ScanConfig(key=b"test", policy_path=None, limits=Limits(max_file_size=500),
                       now=CFG.now)
    item = SourceItem(path=str(path), member=None, size=400, modified=CFG.now)
    assert process_file(item, small)[0].file.error == "too_large"  # grew since the walk


KIND_TABLE = [["Soort document", "Nummer", "Geldig tot"],
              ["Rijbewijs", "4857261930", "12-03-2031"],
              ["Paspoort", "NXR4K8P21", "01-07-2029"],
              ["Identiteitskaart", "IR7F3L9K2", "05-05-2030"]]


@pytest.mark.parametrize("name, sep", [("kaart.txt", " | "), ("kaart.csv", ";"),
                                       ("kaart.tsv", "\t")])
def test_a_kind_column_names_the_number_in_a_generic_number_column(
        tmp_path: Path, name: str, sep: str) -> None:
    # a personnel card's ID table: the generic "Nummer" column is read as one block, and the
    # row's "Soort document" cell still tells a driving licence from a passport
    lead = "Personeelskaart\nNaam: Sanne Bakker\n\n" if name.endswith(".txt") else ""
    path = tmp_path / name
    path.write_text(lead + "\n".join(sep.join(r) for r in KIND_TABLE) + "\n", encoding="utf-8")
    got = {(f.location.rsplit(", ", 2)[-2], f.entity) for f in scan(path)
           if f.entity in ("NL_DRIVERS_LICENSE", "NL_ID_DOCUMENT")}
    assert got == {("row 2", "NL_DRIVERS_LICENSE"), ("row 3", "NL_ID_DOCUMENT"),
                   ("row 4", "NL_ID_DOCUMENT")}


def test_a_kind_column_leaves_a_column_that_names_its_values_alone(tmp_path: Path) -> None:
    # "Type" beside "BSN": the BSN header stays the label (a type word is no decoy for it)
    bsns = td.valid_bsns(3)
    rows = [["Type", "BSN", "Naam"]] + [[t, b, "Jan Jansen"] for t, b in
                                        zip(["Vast", "Relatie", "Project"], bsns)]
    path = tmp_path / "medewerkers.csv"
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    assert len([f for f in scan(path) if f.entity == "NL_BSN"]) == 3


@pytest.mark.parametrize("rule", ["=" * 50, "_" * 50, "─" * 50])
def test_a_header_underlined_with_any_rule_labels_its_columns(tmp_path: Path, rule: str) -> None:
    numbers = td.valid_bsns(2, 300_000_000)
    path = tmp_path / "instroom.txt"
    path.write_text("Overzicht instroom\n\nNaam        Personeelsnr   Geboortedatum   Plaats\n"
                    f"{rule}\nJ. Smit     {numbers[0]}      03-04-1990      Utrecht\n"
                    f"A. Bakker   {numbers[1]}      12-11-1985      Delft\n", encoding="utf-8")
    found = scan(path)
    assert not [f for f in found if f.entity == "NL_BSN"]
    assert len([f for f in found if f.entity == "DATE_OF_BIRTH"]) == 2
