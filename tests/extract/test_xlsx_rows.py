"""scanner.extract.xlsx_rows reads a sheet's rows as openpyxl's read-only mode does: the same
values, of the same types, in the same places, for real workbooks and for sheet XML written
by hand with every irregularity openpyxl has a rule for."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from scanner.extract.xlsx_rows import open_workbook, sheet_rows

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "tests/data/corpus/wild/office").glob("*.xls[xm]"))
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _workbook() -> bytes:
    """Two sheets: a table of text, and every kind of value openpyxl writes (dates and times
    in date styles, floats, booleans, a formula, empty cells, a gap of rows)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["bsn", "naam", "geboren", "iban"])
    for n in range(40):
        ws.append([f"{111222333 + n}", f"Jan de Vries {n}", date(1980, 1, 1 + n % 28),
                   "NL91 ABNA 0417 1643 00"])
    other = wb.create_sheet("Gegevens")
    other.append([1, 2.5, 1e20, -3, True, False, "=A1+1", None, "", "tekst"])
    other.append([datetime(1990, 2, 3, 4, 5, 6), datetime(1990, 2, 3).time(), None, 0])
    other["C9"] = "na een gat"
    other["F12"] = 123456782
    return _saved(wb)


def _saved(wb: Any) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _with_sheet(xml: str, strings: str | None = None) -> bytes:
    """``_workbook`` with its first sheet's XML (and shared strings) replaced."""
    src = zipfile.ZipFile(io.BytesIO(_workbook()))
    parts = {name: src.read(name) for name in src.namelist()}
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings.encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxml'
            b'formats.org/officeDocument/2006/relationships/sharedStrings"'
            b' Target="sharedStrings.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _sheet(rows: str, head: str = "") -> str:
    return (f'<?xml version="1.0"?>{head}<worksheet xmlns="{NS}"><sheetData>{rows}'
            "</sheetData></worksheet>")


STRINGS = (f'<sst xmlns="{NS}"><si><t>gedeeld</t></si><si><r><t>rijk</t></r><r><rPr><b/>'
           '</rPr><t xml:space="preserve"> opgemaakt</t></r></si><si><t>x005F_y</t></si></sst>')
HAND = {
    "gaps, rows without r, rows out of order and repeated": _sheet(
        '<row r="2"><c r="B2"><v>1</v></c></row><row><c><v>2</v></c></row>'
        '<row r="7"><c r="A7"><v>3</v></c></row><row r="5"><c r="A5"><v>4</v></c></row>'
        '<row r="7"><c r="A7"><v>5</v></c></row><row><c r="C9"><v>6</v></c></row>'
        '<row r="9.0"><c r="A9"><v>7</v></c></row><row r="11"/>'),
    "cells without r, out of order, absolute and lower-case references": _sheet(
        '<row r="1"><c r="C1"><v>1</v></c><c><v>2</v></c><c r="A1"><v>3</v></c></row>'
        '<row r="2"><c r="B2"><v>4</v></c><c r="d2"><v>5</v></c><c r="AB2"><v>6</v></c>'
        '<c r="AB2"><v>7</v></c></row>'),
    "every type": _sheet(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>'
        '<c r="C1" t="str"><f>A1</f><v>formule</v></c><c r="D1" t="d"><v>2020-01-02T03:04:05'
        '</v></c><c r="E1" t="n"><v>1.5E3</v></c><c r="F1"><v></v></c><c r="G1" t="s">'
        '<v>0</v></c><c r="H1" t="s"><v>1</v></c><c r="I1" t="s"><v>2</v></c>'
        '<c r="J1" s="1"><v>32874</v></c><c r="K1" t="inlineStr"><is><t>inline</t></is></c>'
        '<c r="L1" t="inlineStr"><is><r><t>in</t></r><r><t>rich</t></r></is></c>'
        '<c r="M1" t="inlineStr"><is><t/></is></c><c r="N1" t="inlineStr"/>'
        '<c r="O1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></is></c>'
        '<c r="P1" s="1"><v>1E+300</v></c><c r="Q1" s="0"><v>7</v></c></row>',
    ),
    "comments and processing instructions between cells": _sheet(
        '<row r="1"><!-- een --><c r="A1"><v>1</v></c><?pi x?><c r="B1"><v>2</v></c></row>'),
    "no rows": _sheet(""),
}
# cells openpyxl cannot read: the same exception, so the extractor's message is the same
BROKEN = ['<c r="$B$2"><v>4</v></c>', '<c r="B2" s="x" t="s"><v>0</v></c>',
          '<c r="B2" t="s"><v>9</v></c>', '<c r="B2"><v>abc</v></c>',
          '<c r="B2" t="inlineStr"><is x="1"><t>a</t></is></c>',
          '<c r="B2" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh></is></c>',
          '<c r="B2" t="b"><v>ja</v></c>', '<c r="B2" t="d"><v>gisteren</v></c>']


def _read(rows: Any) -> list[Any] | str:
    """The rows, or the name of what reading them raised (the extractor reports a file it
    cannot read as corrupt, naming the exception)."""
    try:
        return list(rows)
    except Exception as e:  # noqa: BLE001 - compared, not handled
        return type(e).__name__


def _both(data: bytes) -> list[tuple[str, Any, Any]]:
    """Per sheet: (title, openpyxl's rows, xlsx_rows' rows), each workbook opened by its
    own reader (load_workbook, open_workbook)."""
    out = []
    theirs = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    ours = open_workbook(io.BytesIO(data))
    for ws, mine in zip(theirs.worksheets, ours.worksheets, strict=True):
        assert (mine.title, mine.sheet_state) == (ws.title, ws.sheet_state)
        ws.reset_dimensions()
        fast = sheet_rows(mine)
        assert fast is not None
        out.append((ws.title, _read(ws.iter_rows(values_only=True)), _read(fast)))
    return out


def _same(data: bytes) -> None:
    for title, expected, got in _both(data):
        assert got == expected, title
        if isinstance(got, list):
            assert [type(v) for r in got for v in r] == [type(v) for r in expected for v in r]
            assert [type(r) for r in got] == [type(r) for r in expected]


def test_a_workbook_reads_as_openpyxl_reads_it() -> None:
    _same(_workbook())


# openpyxl warns of the date serial out of range (P1) as it reads it as an error
@pytest.mark.filterwarnings("ignore:Cell P1 is marked as a date:UserWarning")
@pytest.mark.parametrize("case", sorted(HAND))
def test_hand_written_sheets_read_as_openpyxl_reads_them(case: str) -> None:
    _same(_with_sheet(HAND[case], STRINGS))


@pytest.mark.parametrize("cell", BROKEN)
def test_a_cell_openpyxl_cannot_read_fails_the_same(cell: str) -> None:
    [(_, expected, got), _] = _both(_with_sheet(_sheet(f'<row r="2">{cell}</row>'), STRINGS))
    assert isinstance(expected, str)
    assert got == expected


@pytest.mark.filterwarnings("ignore:File contains an invalid specification:UserWarning")
def test_the_corpus_reads_as_openpyxl_reads_it() -> None:
    read = 0
    for path in CORPUS:
        try:
            _both(path.read_bytes())
        except Exception:  # noqa: BLE001, S112 - what openpyxl cannot open is not compared
            continue
        _same(path.read_bytes())
        read += 1
    assert read >= 4


def test_a_sheet_with_a_doctype_is_left_to_openpyxl() -> None:
    data = _with_sheet(_sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
                              '<!DOCTYPE worksheet>'))
    ws = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    assert sheet_rows(ws) is None


def _streamed(rows: int) -> bytes:
    """A workbook as a streaming exporter writes it (openpyxl's write-only mode): its
    sheets have no <dimension>, a hidden one among them."""
    wb = openpyxl.Workbook(write_only=True)
    for title in ("Export", "Verborgen"):
        ws = wb.create_sheet(title)
        for n in range(rows):
            ws.append([f"{111222333 + n}", f"Jan de Vries {n}", date(1980, 1, 1 + n % 28)])
    wb.worksheets[1].sheet_state = "hidden"
    return _saved(wb)


def test_a_sheet_without_a_dimension_reads_as_openpyxl_reads_it() -> None:
    data = _streamed(50)
    assert b"<dimension" not in zipfile.ZipFile(io.BytesIO(data)).read(
        "xl/worksheets/sheet1.xml")
    _same(data)


def test_a_sheet_with_a_doctype_is_still_sized_by_openpyxl() -> None:
    """openpyxl reads that sheet (its parser refuses what a DOCTYPE may declare), so it
    opens as load_workbook opens it."""
    xml = _sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<!DOCTYPE worksheet>').replace(
        "<sheetData>", '<dimension ref="A1:C4"/><sheetData>')
    data = _with_sheet(xml)
    theirs = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    ours = open_workbook(io.BytesIO(data))
    assert ours.worksheets[0].max_row == theirs.worksheets[0].max_row == 4


def test_every_sheet_of_an_export_without_dimensions_is_extracted() -> None:
    from datetime import UTC

    from scanner.extract import Limits, extract
    from scanner.models import SourceItem, TextChunk

    data = _streamed(30)
    item = SourceItem("/s/export.xlsx", None, len(data), datetime(2024, 1, 1, tzinfo=UTC))
    chunks = [c for c in extract(item, data, Limits()) if isinstance(c, TextChunk)]
    text = "\n".join(c.text for c in chunks)
    assert all(f"{111222333 + n}" in text for n in range(30))
    assert {c.location.split("!")[0] for c in chunks} == {"Export", "Verborgen"}


def test_a_sheet_without_a_dimension_broken_midway_is_corrupt() -> None:
    """openpyxl found the break as it sized the sheet ('unreadable workbook'); unsized, it
    is found as the rows are read: corrupt either way."""
    from datetime import UTC

    from scanner.extract import ExtractionError, Limits, extract
    from scanner.models import SourceItem

    xml = _sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>', "")
    data = _with_sheet(xml[:xml.index("</c></row><row")] + "</c></row><row r=")
    item = SourceItem("/s/lijst.xlsx", None, len(data), datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(ExtractionError) as err:
        list(extract(item, data, Limits()))
    assert err.value.code == "corrupt"


def test_a_date_style_in_the_1904_system() -> None:
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb.active.append([datetime(2001, 2, 3), 5])
    _same(_saved(wb))


def test_a_sheet_broken_midway_is_an_unreadable_worksheet() -> None:
    """Its <dimension> lets the workbook open; the rows then break off: corrupt, with
    openpyxl's reader's message."""
    from datetime import UTC

    from scanner.extract import ExtractionError, Limits, extract
    from scanner.models import SourceItem

    xml = _sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>',
                 "").replace("<sheetData>", '<dimension ref="A1:A2"/><sheetData>')
    data = _with_sheet(xml[:xml.index("</c></row><row")] + "</c></row><row r=")
    item = SourceItem("/s/lijst.xlsx", None, len(data), datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(ExtractionError) as err:
        list(extract(item, data, Limits()))
    assert (err.value.code, str(err.value)) == ("corrupt", "unreadable worksheet")


@pytest.mark.parametrize("head", ["", "<!DOCTYPE worksheet>"])
def test_a_sheets_head_is_read_once_for_its_doctype(head: str) -> None:
    """Sizing the sheet and taking its rows ask the same question: the answer is kept on the
    sheet, not read from the archive twice."""
    data = _with_sheet(_sheet('<row r="1"><c r="A1"><v>1</v></c></row>', head))
    ws = open_workbook(io.BytesIO(data)).worksheets[0]
    opened = []
    source = ws._get_source
    ws._get_source = lambda: opened.append(1) or source()
    ws.__dict__.pop("_privacyscan_doctype", None)
    assert sheet_rows(ws) is None if head else sheet_rows(ws) is not None
    assert sheet_rows(ws) is None if head else sheet_rows(ws) is not None
    assert len(opened) == 1
