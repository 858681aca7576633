"""A table inside a text document (an export pasted into a note or an e-mail) is read as a
table: its header labels each column, so a BSN column gives labelled BSNs, a personnel-number
column stays a personnel number and a birth-date column gives dates of birth; the prose
around it is read as text. All numbers are synthetic (11-check valid, generated)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.extract.text_tables import split_tables
from scanner.models import Finding, SourceItem
from scanner.scan_item import ScanConfig, process_file

CFG = ScanConfig(key=b"test-key-16-bytes", policy_path=None, limits=Limits(),
                 now=datetime(2024, 6, 1, tzinfo=UTC))
BSNS = ("725763863", "162275869", "192285142")
PERSNRS = ("691682483", "987825707", "688136138")  # 11-check valid too: must stay decoys
NOTE = "Hoi Sanne,\n\nHierbij de export van vanochtend, zoals besproken.\n\n{table}\n\n" \
       "Laat maar weten als er iets mist.\nGroet, Pieter\n"


def _rows(sep: str, pad: bool = False) -> str:
    head = ["Personeelsnr", "Naam", "Geboortedatum", "BSN"]
    rows = [[p, n, d, b] for p, n, d, b in zip(
        PERSNRS, [f'"{n}"' if sep == "," else n for n in ("Jansen, K.", "Bakker", "Visser, M.")],
        ["03-02-1990", "1985-11-23", "7-6-'79"], BSNS, strict=True)]
    if pad:  # columns set with spaces, as a fixed-width export
        return "\n".join("".join(c.ljust(16) for c in r).rstrip() for r in [head, *rows])
    return "\n".join(sep.join(r) for r in [head, *rows])


def scan(path: Path) -> list[Finding]:
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2024, 1, 1, tzinfo=UTC))
    results = process_file(item, CFG)
    assert results[0].file.status == "scanned"
    return [f for r in results for f in r.findings]


@pytest.mark.parametrize("sep, pad", [(";", False), ("\t", False), ("|", False),
                                      (",", False), ("", True)])
def test_an_export_inside_a_note_is_read_with_its_column_labels(
        tmp_path: Path, sep: str, pad: bool) -> None:
    path = tmp_path / "mail-export.txt"
    path.write_text(NOTE.format(table=_rows(sep, pad)), encoding="utf-8")
    findings = scan(path)
    bsn = [f for f in findings if f.entity == "NL_BSN"]
    assert sorted(f.masked[-3:] for f in bsn) == sorted(b[-3:] for b in BSNS)
    assert {f.location for f in bsn} == {f"table at line 5, row {n}, column BSN"
                                         for n in (2, 3, 4)}
    dob = [f for f in findings if f.entity == "DATE_OF_BIRTH"]
    assert len(dob) == 3 and all(f.location.endswith("column Geboortedatum") for f in dob)


def test_a_markdown_table_with_a_rule_under_its_header(tmp_path: Path) -> None:
    table = ("| naam | bsn | klantnummer |\n|------|-----|-------------|\n"
             f"| Jan de Vries | {BSNS[0]} | {PERSNRS[0]} |\n| Eva Smit | {BSNS[1]} | {PERSNRS[1]} |")
    path = tmp_path / "notulen.txt"
    path.write_text(NOTE.format(table=table), encoding="utf-8")
    bsn = [f for f in scan(path) if f.entity == "NL_BSN"]
    assert sorted(f.masked[-3:] for f in bsn) == sorted(b[-3:] for b in BSNS[:2])


@pytest.mark.parametrize("text", [
    "Beste Jan,\nDank voor je brief, die ik las, en je mail.\nTot ziens, Piet, Eva, Ko\n",
    "Agenda: 1; opening; mededelingen\nPunt 2; de notulen; vastgesteld\n",
    "Naam: Jan Jansen\nBSN: 111222333\nAdres: Dorpsstraat 1\n",
    # (stop 78) a title and sentences that each happen to hold two commas: no header names
    # columns of five words ("Wij zoeken een chauffeur (40 uur)")
    ("Gezocht: heftruckchauffeur voor het DC (38 uur), Tiel, per 1 maart\n\nOnze klant, "
     "een groothandel in fietsen, breidt uit in Tiel.\nJij laadt en lost trailers, telt "
     "voorraad, en houdt de hal schoon,\nin vaste diensten.\n"),
    ("Wat bieden we: een goed salaris, reiskosten en een fiets\nJe start in het "
     "magazijn, daarna de expeditie, als je wilt.\nJe krijgt een VCA-cursus, een pas, en "
     "kleding van ons.\n"),
])
def test_prose_and_forms_are_no_tables(text: str) -> None:
    prose, tables = split_tables(text)
    assert (prose, tables) == (text, [])


def test_a_header_with_a_lead_in_and_a_blank_line_before_its_rows(tmp_path: Path) -> None:
    table = ("Kolommen: bsn | naam | geb.datum\n\n"
             f"{BSNS[0]} | J. de Vries | 03-02-1990\n{BSNS[1]} | E. Smit | 1985-11-23")
    path = tmp_path / "overdracht.txt"
    path.write_text(NOTE.format(table=table), encoding="utf-8")
    findings = scan(path)
    assert sorted(f.masked[-3:] for f in findings if f.entity == "NL_BSN") == sorted(
        b[-3:] for b in BSNS[:2])
    assert len([f for f in findings if f.entity == "DATE_OF_BIRTH"]) == 2


def test_an_export_whose_title_lists_its_columns(tmp_path: Path) -> None:
    """A CSV without a header row, under a title that names the columns."""
    rows = "\n".join(f"2024-0{n}-01 09:00;Naam {n};{b};{p}"
                     for n, (b, p) in enumerate(zip(BSNS, PERSNRS, strict=True), 1))
    path = tmp_path / "log.csv"
    path.write_text(f"Toegangslog - velden: tijdstip, naam, bsn, klantnummer\n\n{rows}\n",
                    encoding="utf-8")
    bsn = [f for f in scan(path) if f.entity == "NL_BSN"]
    assert sorted(f.masked[-3:] for f in bsn) == sorted(b[-3:] for b in BSNS)
    assert all(f.location.endswith("column bsn") for f in bsn)


def test_an_export_pasted_into_an_e_mail_body(tmp_path: Path) -> None:
    mail = ("From: hr@example.nl\nTo: payroll@example.nl\nSubject: correcties\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + NOTE.format(table=_rows(";")))
    path = tmp_path / "correcties.eml"
    path.write_text(mail, encoding="utf-8")
    bsn = [f for f in scan(path) if f.entity == "NL_BSN"]
    assert sorted(f.masked[-3:] for f in bsn) == sorted(b[-3:] for b in BSNS)
    assert all(f.location.startswith("body, table at line ") for f in bsn)


def test_a_fixed_width_export_with_empty_cells_stays_one_table(tmp_path: Path) -> None:
    """A row set in columns with an empty cell is fewer cells wide: its cells go under the
    header cells they stand under, so the rows after it keep their column labels (they were
    left in the prose without their header, and their BSNs unlabelled)."""
    head = ["Naam", "BSN", "Geboortedatum", "Ziek per", "Hersteld"]
    rows = [["J. Jansen", BSNS[0], "03-02-1990", "01-03-2024", "15-03-2024"],
            ["K. Bakker", BSNS[1], "23-11-1985", "04-03-2024", ""],  # not recovered yet
            ["M. Visser", BSNS[2], "07-06-1979", "11-03-2024", "18-03-2024"]]
    table = "\n".join("".join(c.ljust(16) for c in r).rstrip() for r in [head, *rows])
    _, tables = split_tables(f"Verzuimoverzicht\n\n{table}\n\nGroet")
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert tables[0].rows[2] == ("K. Bakker", BSNS[1], "23-11-1985", "04-03-2024", "")
    path = tmp_path / "verzuim.txt"
    path.write_text(f"Verzuimoverzicht\n\n{table}\n\nGroet\n", encoding="utf-8")
    bsn = [f for f in scan(path) if f.entity == "NL_BSN"]
    assert {f.location for f in bsn} == {f"table at line 3, row {n}, column BSN"
                                         for n in (2, 3, 4)}


# A '|' export whose last column is sometimes empty: such a row ends in a bar that closes an
# empty cell, not a Markdown border (the row does not start with one); taken for a border,
# it made the row a cell short, and the table ended there, its header lost to the rows below.
LICENCES = ("4820193756", "5930284716", "6041395827")
BAR_HEAD = "naam|geb.datum|rijbewijsnr|cat.|telefoon"


@pytest.mark.parametrize("rows", [
    ["Jan de Vries|12 03 1985|{0}|B|06-12345678", "Fatma Yilmaz|03 07 1990|{1}|B,C|",
     "Pieter Bakker|21 11 1978|{2}|B|010-4567890"],
    ["Jan de Vries|12 03 1985|{0}|B|", "Fatma Yilmaz|03 07 1990|{1}|B,C|06-12345678",
     "Pieter Bakker|21 11 1978|{2}|B|"],  # the first row too
    ["Jan de Vries|12 03 1985|{0}||", "Fatma Yilmaz|03 07 1990|{1}||",
     "Pieter Bakker|21 11 1978|{2}|B|"],  # two empty cells at the end
])
def test_a_bar_ending_an_empty_last_cell_keeps_the_row_in_its_table(rows: list[str]) -> None:
    text = "Chauffeurs, export planning\n\n" + "\n".join(
        [BAR_HEAD, *(r.format(*LICENCES) for r in rows)]) + "\n\nGraag controleren.\n"
    prose, tables = split_tables(text)
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert all(len(r) == 5 for r in tables[0].rows)
    assert [r[2] for r in tables[0].rows[1:]] == list(LICENCES)
    assert not any(n in prose for n in LICENCES)


@pytest.mark.parametrize("text, width", [
    ("naam|bsn\nJansen|111222333|\nBakker|123456782|\n", 2),  # a trailing delimiter: no cell
    ("| naam | bsn | nr |\n| Jansen | 111222333 | |\n| Bakker | 123456782 | 7 |\n", 3),
])
def test_trailing_bars_and_markdown_borders_still_make_no_cell(text: str, width: int) -> None:
    _, tables = split_tables(text)
    assert len(tables) == 1 and len(tables[0].rows) == 3
    assert all(len(r) == width for r in tables[0].rows)


def test_licences_under_a_bar_export_with_empty_last_cells(tmp_path: Path) -> None:
    path = tmp_path / "chauffeurs.txt"
    rows = [f"{n}|{d}|{lic}|B|" for n, d, lic in zip(
        ("Jan de Vries", "Fatma Yilmaz", "Pieter Bakker"),
        ("12 03 1985", "03 07 1990", "21 11 1978"), LICENCES, strict=True)]
    path.write_text("Chauffeurs | bijgewerkt 03-11-2026\n\n" + "\n".join([BAR_HEAD, *rows])
                    + "\n\nGraag controleren.\n", encoding="utf-8")
    findings = scan(path)
    licences = [f for f in findings if f.entity == "NL_DRIVERS_LICENSE"]
    assert sorted(f.masked[-3:] for f in licences) == sorted(n[-3:] for n in LICENCES)
    assert all(f.location.endswith("column rijbewijsnr") for f in licences)
    dob = [f for f in findings if f.entity == "DATE_OF_BIRTH"]
    assert len(dob) == 3 and all(f.location.endswith("column geb.datum") for f in dob)


def test_an_id_check_log_gives_its_number_column_the_rows_document(tmp_path: Path) -> None:
    """A "Document" column names each row's kind (context.toml kind_headers, stop 41): the
    generic "Nummer" column read on its own still knows a Dutch ID card's number from a
    Polish passport's."""
    log = ("ID-controle vestiging Zwolle, kwartaal 3\n\n"
           "datum      | medewerker       | document          | nummer     | door\n"
           "-----------|------------------|-------------------|------------|-----\n"
           "02-07-2026 | Smit, Anna       | NL ID-kaart       | XR4T82KL7  | RB\n"
           "09-07-2026 | Nowak, Piotr     | PL paszport       | EK 5520197 | RB\n"
           "16-07-2026 | Vos, Daan        | NL paspoort       | BN7Y3W2P5  | JD\n")
    path = tmp_path / "id-controle.txt"
    path.write_text(log, encoding="utf-8")
    found = [f for f in scan(path) if f.entity == "NL_ID_DOCUMENT"]
    assert len(found) == 2 and all(f.location.endswith("column nummer") for f in found)


def test_a_document_column_holding_the_numbers_lends_no_kind(tmp_path: Path) -> None:
    """A "document" column that holds the ID numbers themselves is no kind column: each
    number is found once, in its own column."""
    rows = ("Kandidatenexport|aangemaakt 2026-02-14|door: s.verbeek\n"
            "id|naam|geboortedatum|document\n4410|Jan de Vries|12/03/1988|XR4T82KL7\n"
            "4411|Fatma Yildiz|01-11-1979|BN7Y3W2P5\n4412|Piotr Nowak|21.07.1990|KP53LD8R1\n")
    path = tmp_path / "kandidaten.txt"
    path.write_text(rows, encoding="utf-8")
    found = [f for f in scan(path) if f.entity == "NL_ID_DOCUMENT"]
    assert len(found) == 3 and all(f.location.endswith("column document") for f in found)


# A table in a text is read twice: by column for identifiers (a number borrows no other
# column's label) and by row for special categories, whose subject is the person its row
# names (a canteen's allergy list, a clock's enrolment log); each finding once, at its cell.
ALLERGIES = ("KANTINE - dieetwensen personeel (bijgewerkt 01-12)\n\n"
             "Naam                 Afdeling        Let op\n"
             "Anna Visser          Inbound         pinda-allergie (EpiPen in kluisje 14)\n"
             "Kees de Wit          Outbound        geen\n"
             "Marta Nowak          Retouren        glutenvrij (coeliakie)\n")


def test_a_tables_special_categories_are_read_by_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "kantine-lijst.txt"
    path.write_text(ALLERGIES, encoding="utf-8")
    findings = scan(path)
    health = [f for f in findings if f.entity == "SPECIAL_HEALTH"]
    assert {f.location for f in health} == {"table at line 3, row 2, column Let op",
                                            "table at line 3, row 4, column Let op"}
    # the names are found once each (their column block), not again in the rows
    people = [f.location for f in findings if f.entity == "PERSON"]
    assert len(people) == len(set(people)) == 3


def test_a_row_block_of_short_field_names_is_read_in_the_documents_language(
        tmp_path: Path) -> None:
    # "ma: 06:00-14:30 / wo: ziek" guesses as no Dutch: the row is read as its document is
    table = "\n".join("".join(c.ljust(18) for c in r).rstrip() for r in [
        ["naam", "ma", "di", "wo", "bijzonderheden"],
        ["Haddou, B.", "06:00-14:30", "06:00-14:30", "06:00-14:30",
         "vroege start ivm ramadan"],
        ["Jansen, P.", "07:00-15:30", "07:00-15:30", "ziek", ""]])
    path = tmp_path / "uren.txt"
    path.write_text(f"Urenregistratie week 11 - inlener Born\n\n{table}\n", encoding="utf-8")
    assert [f.location for f in scan(path) if f.entity == "SPECIAL_RELIGION"] == [
        "table at line 3, row 2, column bijzonderheden"]


# (stop 57) A whole export, a CSV or a spreadsheet, is read by row as well: its notes column
# states a condition of the person its row names (an ATS export's "heeft astma, geen
# stofwerk"), which a column block of everyone's notes never ties to anyone.
EXPORT_ROWS = [["kandidaat_id", "naam", "woonplaats", "status", "notitie_recruiter"],
               ["K-1001", "Sanne Verbeek", "Deventer", "voorgesteld", "goede referentie"],
               ["K-1002", "Rui Carvalho", "Zutphen", "afgewezen",
                "heeft epilepsie, geen nachtdienst"],
               ["K-1003", "Mirjam Hoekstra", "Epe", "nieuw", ""]]


def test_a_csv_exports_notes_are_read_by_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "kandidaten.csv"
    path.write_text("\n".join(";".join(r) for r in EXPORT_ROWS) + "\n", encoding="utf-8")
    findings = scan(path)
    assert [f.location for f in findings if f.entity == "SPECIAL_HEALTH"] == [
        "row 3, column notitie_recruiter"]
    people = [f.location for f in findings if f.entity == "PERSON"]
    assert len(people) == len(set(people)) == 3  # once each, by column


def test_a_spreadsheets_notes_are_read_by_their_rows(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kandidaten"
    for row in EXPORT_ROWS:
        ws.append(row)
    path = tmp_path / "kandidaten.xlsx"
    wb.save(path)
    assert [f.location for f in scan(path) if f.entity == "SPECIAL_HEALTH"] == ["Kandidaten!E3"]


# A title line set in columns as wide as the table's, a blank line, then the header: the
# header opens the table ("Naam" labels the names), the title stays text.
LEAVE = """Verlofoverzicht Magazijn Noord    Q2 2026    (bijgewerkt 12-03)

Naam               Vakantie            Overig verlof
Noor Verbeek       04-05 t/m 08-05     -
Esra Yilmaz        -                   zwangerschapsverlof vanaf 01-06-2026
Daan Kok           20-04 t/m 24-04     -
"""


def test_a_title_over_a_blank_line_is_no_header(tmp_path: Path) -> None:
    _, tables = split_tables(LEAVE)
    assert [t.rows[0] for t in tables] == [("Naam", "Vakantie", "Overig verlof")]
    path = tmp_path / "verlof.txt"
    path.write_text(LEAVE, encoding="utf-8")
    findings = scan(path)
    # the row's name makes the leave hers
    assert [f.location for f in findings if f.entity == "SPECIAL_HEALTH"] == [
        "table at line 3, row 3, column Overig verlof"]


def test_a_header_over_a_blank_line_still_opens_its_table() -> None:
    text = ("Naam    Vakantie    Functie\n\nNoor Verbeek    04-05    planner\n"
            "Daan Kok    20-04    chauffeur\nEsra Yilmaz    01-06    picker\n")
    _, tables = split_tables(text)
    assert [t.rows[0] for t in tables] == [("Naam", "Vakantie", "Functie")]


@pytest.mark.parametrize("head", [
    ["Naam", "Persnr", "Geb.datum", "Inlener"],
    ["Naam", "Tussenvoegsel", "Achternaam", "Woonplaats"],
    ["Naam", "PESEL", "Adres", "Telefoon"],
])
def test_a_header_row_read_alone_names_no_one(tmp_path: Path, head: list[str]) -> None:
    """The header row is read apart from its rows ("Naam | Persnr | ..."): a column's name
    after the name column's is no person's value (columns.in_header_row)."""
    rows = [head, ["Kramer, Joost", "4711", "03-02-1990", "Utrecht"],
            ["Yildiz, Elif", "4712", "17-11-1986", "Zwolle"]]
    path = tmp_path / "export.txt"
    path.write_text("\n".join("  ".join(c.ljust(16) for c in r).rstrip() for r in rows) + "\n",
                    encoding="utf-8")
    persons = [f for f in scan(path) if f.entity == "PERSON"]
    assert not [f for f in persons if ", row 1" in f.location], persons
    assert {row for f in persons for row in ("row 2", "row 3") if f", {row}," in f.location} \
        == {"row 2", "row 3"}
