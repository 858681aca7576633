"""The DPO workbook: structure, drop-downs, triage round trip, hostile names, continuation
sheets, encryption and atomic writes, opened back with openpyxl."""

from __future__ import annotations

import gc
import io
import os
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reports.excel import FindingRow, ReportInput, RuleRow, write_report
from reports.findings_sheet import MAX_LINKS_PER_SHEET
from reports.triage import read_triage
from scanner.cli import cli
from scanner.models import Finding

HOSTILE = ['=HYPERLINK("x","y").txt', "+cmd|' C calc'!A0.txt", "@SUM(1).txt",
           "-2+3.txt"]


def _scan(root: Path, report: Path, db: Path, *extra: str) -> None:
    result = CliRunner().invoke(cli, ["scan", str(root), "--report", str(report), "--db",
                                      str(db), "--workers", "1", "--quiet", *extra])
    assert result.exit_code == 0, result.output


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Kandidaten").mkdir(parents=True)
    (root / "Kandidaten" / "cv_a.txt").write_text(
        "Curriculum vitae\nWerkervaring\nBSN: 111222333\n", encoding="utf-8")
    for name in HOSTILE:
        (root / name).write_text("Curriculum vitae\nOpleiding\nBSN: 123456782\n",
                                 encoding="utf-8")
    return root


def test_structure_validation_and_no_formulas(share: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.xlsx"
    _scan(share, report, tmp_path / "i.sqlite")
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Samenvatting", "Bevindingen", "Bestanden", "Fouten",
                             "Bewaartermijnen", "Regels"]
    ws = wb["Bevindingen"]
    assert ws.freeze_panes == "A2"
    table = ws.tables["Bevindingen1"]
    assert table.ref == f"A1:R{ws.max_row}" and table.autoFilter is not None
    assert [c.name for c in table.tableColumns][8:10] == ["Status", "Opmerking"]
    assert ws["I1"].value == "Status" and ws["I2"].value == "open"
    dv = ws.data_validations.dataValidation[0]
    assert "fout-positief" in dv.formula1 and "I2" in str(dv.sqref)
    assert dv.showErrorMessage and dv.errorStyle == "stop" and dv.error
    assert wb["Samenvatting"]._charts
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    summary = [r[:2] for r in wb["Samenvatting"].iter_rows(values_only=True) if r and r[0]]
    top = [r[0] for r in summary][[r[0] for r in summary].index("Top 10 mappen (hoge ernst)"):]
    assert summary[-2:] == [(str(share), 4), (str(share / "Kandidaten"), 1)], top
    paths = [c.value for c in ws["F"][1:]]
    assert any(v.endswith(HOSTILE[0]) for v in paths)
    assert all(ws.cell(row=r, column=6).hyperlink.target.startswith("file://")
               for r in range(2, ws.max_row + 1))
    assert os.stat(report).st_mode & 0o777 == 0o600


def test_triage_round_trip_and_open_count(share: Path, tmp_path: Path) -> None:
    db, first = tmp_path / "i.sqlite", tmp_path / "r1.xlsx"
    _scan(share, first, db)
    wb = openpyxl.load_workbook(first)
    ws = wb["Bevindingen"]
    marked = {}
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=17).value == "NL_BSN":
            ws.cell(row=row, column=9, value="Fout-Positief ")  # typed by hand
            ws.cell(row=row, column=10, value="testnummer")
            marked[ws.cell(row=row, column=14).value] = "false_positive"
            break
    wb.save(first)
    triage = {fid: (status, comment) for fid, status, comment in read_triage(first)}
    assert triage[next(iter(marked))] == ("false_positive", "testnummer")
    second = tmp_path / "r2.xlsx"
    _scan(share, second, db, "--previous-report", str(first), "--lang", "en")
    ws2 = openpyxl.load_workbook(second)["Findings"]
    rows = {ws2.cell(row=r, column=14).value: (ws2.cell(row=r, column=9).value,
                                               ws2.cell(row=r, column=10).value)
            for r in range(2, ws2.max_row + 1)}
    fid = next(iter(marked))
    assert rows[fid] == ("false positive", "testnummer")
    summary = {r[0]: r[1] for r in openpyxl.load_workbook(second)["Summary"].iter_rows(
        values_only=True) if r and r[0]}
    opened = {r[0]: r[1] for r in openpyxl.load_workbook(first)["Samenvatting"].iter_rows(
        values_only=True) if r and r[0]}
    assert summary["Open violations"] == opened["Open overtredingen"] - 1
    assert summary["Since the previous scan: new open violations"] == 0

    # set back to open without a comment: the DPO's decision is withdrawn, not kept
    wb2 = openpyxl.load_workbook(second)
    row = next(r for r in range(2, wb2["Findings"].max_row + 1)
               if wb2["Findings"].cell(row=r, column=14).value == fid)
    wb2["Findings"].cell(row=row, column=9, value="open")
    wb2["Findings"].cell(row=row, column=10, value=None)
    wb2.save(second)
    third = tmp_path / "r3.xlsx"
    _scan(share, third, db, "--previous-report", str(second))
    again = {r[0]: r[1] for r in openpyxl.load_workbook(third)["Samenvatting"].iter_rows(
        values_only=True) if r and r[0]}
    assert again["Open overtredingen"] == opened["Open overtredingen"]


def _finding(n: int) -> FindingRow:
    return FindingRow(Finding(path=f"/s/f{n}.txt", member=None, page=None, location="text",
                   entity="NL_BSN", confidence=0.9, masked="******333", fingerprint="0" * 64,
                   doc_type="cv", rule="bsn-on-cv", severity="high", finding_id=f"id{n}"))


def _input(findings, files=()) -> ReportInput:
    return ReportInput(scope=["/s"], scan_time="2026-11-01", file_counts={"scanned": 1},
                       by_rule={}, by_entity={}, by_doc_type={}, files=files,
                       findings=findings, rules=[RuleRow("bsn-on-cv", "high", True, "x")])


def test_continuation_sheets(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    write_report(path, _input(_finding(n) for n in range(25)), rows_per_sheet=10)
    wb = openpyxl.load_workbook(path)
    names = [n for n in wb.sheetnames if n.startswith("Bevindingen")]
    assert names == ["Bevindingen", "Bevindingen (2)", "Bevindingen (3)"]
    counts = [sum(1 for _ in wb[n].iter_rows(min_row=2)) for n in names]
    assert counts == [10, 10, 5]
    assert len(list(read_triage(path))) == 25
    assert [wb[n].tables[f"Bevindingen{i}"].ref for i, n in enumerate(names, 1)] == \
        ["A1:R11", "A1:R11", "A1:R6"]


def test_hyperlinks_stop_at_excels_cap_per_sheet(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel allows 65,530 hyperlinks a sheet; past the cap the path stays, as text."""
    assert MAX_LINKS_PER_SHEET == 65_530
    monkeypatch.setattr("reports.findings_sheet.MAX_LINKS_PER_SHEET", 3)
    path = tmp_path / "links.xlsx"
    write_report(path, _input(_finding(n) for n in range(10)), rows_per_sheet=6)
    wb = openpyxl.load_workbook(path)
    for name, rows in (("Bevindingen", 6), ("Bevindingen (2)", 4)):
        cells = [wb[name].cell(row=r, column=6) for r in range(2, rows + 2)]
        assert [c.hyperlink is not None for c in cells] == [True] * 3 + [False] * (rows - 3)
        assert all(c.value.startswith("/s/f") for c in cells)


def test_a_crash_leaves_no_half_report(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"old report")

    def broken():
        yield _finding(1)
        raise RuntimeError("disk gone")

    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    unraisable: list[object] = []
    hook, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        with pytest.raises(RuntimeError):
            write_report(path, _input(broken()))
        gc.collect()  # a half-written sheet's streams, if left open, complain here
    finally:
        sys.unraisablehook = hook
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]
    assert not unraisable
    assert not [f for f in ALL_TEMP_FILES if os.path.exists(f)]  # no sheet left in /tmp


def test_password_encrypts_the_workbook(share: Path, tmp_path: Path) -> None:
    import msoffcrypto

    report = tmp_path / "secret.xlsx"
    _scan(share, report, tmp_path / "i.sqlite", "--report-password", "Geheim-123")
    with pytest.raises(zipfile.BadZipFile):  # an OLE2 wrapper, not a readable workbook
        openpyxl.load_workbook(report)
    office = msoffcrypto.OfficeFile(io.BytesIO(report.read_bytes()))
    assert office.is_encrypted()
    office.load_key(password="Geheim-123")
    plain = io.BytesIO()
    office.decrypt(plain)
    assert "Bevindingen" in openpyxl.load_workbook(plain).sheetnames
    assert os.stat(report).st_mode & 0o777 == 0o600
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no plain copy


def test_triage_round_trip_through_an_encrypted_report(share: Path, tmp_path: Path) -> None:
    """The DPO keeps the report encrypted: the next scan decrypts it in memory with the same
    password; without it (or with a wrong one, or a non-workbook) the scan stops before
    scanning, exit 2, with a message that names no content."""
    from msoffcrypto.format.ooxml import OOXMLFile

    db, first = tmp_path / "i.sqlite", tmp_path / "r1.xlsx"
    _scan(share, first, db, "--report-password", "Geheim-123")
    wb = openpyxl.load_workbook(_decrypt(first))
    ws = wb["Bevindingen"]
    ws.cell(row=2, column=9, value="geaccepteerd risico")
    ws.cell(row=2, column=10, value="wettelijke plicht")
    fid = ws.cell(row=2, column=14).value
    edited = io.BytesIO()
    wb.save(edited)
    edited.seek(0)
    with open(first, "wb") as fh:
        OOXMLFile(edited).encrypt("Geheim-123", fh)

    scans_before = _scan_count(db)
    for extra, message in ((), "encrypted"), (("--report-password", "fout"), "wrong password"):
        result = CliRunner().invoke(cli, ["scan", str(share), "--report", str(tmp_path / "x.xlsx"),
                                          "--db", str(db), "--quiet", "--previous-report",
                                          str(first), *extra])
        assert result.exit_code == 2 and message in result.output
    garbage = tmp_path / "not-a-report.xlsx"
    garbage.write_text("BSN 111222333", encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(share), "--db", str(db), "--quiet",
                                      "--previous-report", str(garbage)])
    assert result.exit_code == 2 and "111222333" not in result.output
    assert _scan_count(db) == scans_before  # nothing was scanned

    second = tmp_path / "r2.xlsx"
    _scan(share, second, db, "--previous-report", str(first), "--report-password", "Geheim-123")
    ws2 = openpyxl.load_workbook(_decrypt(second))["Bevindingen"]
    rows = {ws2.cell(row=r, column=14).value: (ws2.cell(row=r, column=9).value,
                                               ws2.cell(row=r, column=10).value)
            for r in range(2, ws2.max_row + 1)}
    assert rows[fid] == ("geaccepteerd risico", "wettelijke plicht")


def _decrypt(path: Path) -> io.BytesIO:
    import msoffcrypto

    office = msoffcrypto.OfficeFile(io.BytesIO(path.read_bytes()))
    office.load_key(password="Geheim-123")
    plain = io.BytesIO()
    office.decrypt(plain)
    return plain


def _scan_count(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM scans").fetchone()[0]


def test_finding_ids_that_look_like_identifiers_are_kept(tmp_path: Path) -> None:
    """A finding id is hex: one in about 250 holds a digit run that passes as a BSN or a
    phone number. It names a finding, not a person: the report keeps it whole, as the JSON
    Lines does, so the DPO's triage of that row is read back."""
    ids = ["003ed387786211c33578", "0133888066f28b98f73a", "0174301453d72eb9df89"]
    rows = [FindingRow(replace(_finding(n).finding, finding_id=fid), status="resolved")
            for n, fid in enumerate(ids)]
    path = tmp_path / "r.xlsx"
    write_report(path, _input(rows))
    assert sorted(read_triage(path)) == [(fid, "resolved", "") for fid in sorted(ids)]
