"""The fast row writer writes the very XML openpyxl's own cells would (reports.fast_rows):
the same workbook written both ways, compared sheet by sheet, byte for byte. The fast rows
go into the sheet's file as markup (reports.fast_rows.RawWriter), so their bytes must be
lxml's: text escaped as lxml escapes it, every character past ASCII as a reference. The
one difference is meant: the hyperlinks' namespace declared once, not on every link."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

import reports.fast_links
import reports.fast_rows
from reports.fast_rows import Linked, Styled
from reports.labels import Words
from reports.sheets import Layout, SheetWriter, add_styles

ROWS = [
    ["/share/HR/cv_jan.pdf", None, "Hoog", 95, 0.5, datetime(2024, 5, 1, 13, 30), "  spaties  "],
    [Linked("/share/HR/a b.pdf", "file:///share/HR/a%20b.pdf"), "map.zip!/x.txt",
     Styled("Hoog", "severity-high"), 3, 1.25, datetime(2020, 1, 1), "een " * 40],
    ["=1+1", "#N/A", "-2+3.txt", "", 7, None, "@SUM(1)"],  # formula-like and error codes
    ["a & b <c> \"d\" 'e'", "r\r\nn\tt", "Ünïcode €", 2**40, -1.5e-7, None, " lead"],
    [Linked("/s/b.pdf", "file:///s/b.pdf"), None, Styled(None, "wrap"), 0, float("nan"),
     None, "regel 12\nregel 13"],
    # openpyxl's path for an error code, its link between the fast rows' links
    [Linked("/s/c d.pdf", "file:///s/c%20d.pdf"), "#REF!", None, 1, 2.5, None, "x"],
    [None, "", None, None, None, None, None],  # a row without a cell
    ["\U0001f600 \u00a0nbsp", "x" * 300, "a\"b", None, None, None, "tab\there"],
    # equal keys, other cells: an int's markup is kept per column, a float's and a bool's not
    ["x", None, None, 1, 1, None, None],
    ["y", None, None, 1.0, True, None, None],
]


def _workbook(path: Path) -> dict[str, bytes]:
    wb = Workbook(write_only=True)
    words = Words("nl")
    add_styles(wb, words)
    from reports.findings_sheet import add_severity_styles

    add_severity_styles(wb)
    # column B's markup is made every row, never kept (Layout.unique: an id column)
    sheet = SheetWriter(wb, "Blad", Layout(list("ABCDEFG"), wrap=frozenset({0, 6}),
                                           styles={5: "time"}, unique=frozenset({1})),
                        words, "2024-05-01")
    for n in range(520):  # past the rows held back to size the columns
        sheet.append(ROWS[n % len(ROWS)])
    sheet.close()
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


def test_fast_rows_write_what_openpyxl_writes(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _workbook(tmp_path / "fast.xlsx")
    monkeypatch.setattr(reports.fast_rows, "_plain", lambda value: False)
    monkeypatch.setattr(reports.fast_links, "install", lambda ws: None)
    slow = _workbook(tmp_path / "slow.xlsx")
    assert fast.keys() == slow.keys()
    for name in fast:
        assert fast[name] == _declared_once(slow[name]), name
    linked = sum(type(ROWS[n % len(ROWS)][0]) is Linked for n in range(520))
    assert fast["xl/worksheets/sheet1.xml"].count(b"<hyperlink ") == linked
    assert fast["xl/worksheets/sheet1.xml"].count(REL_DECLARATION) == 1
    assert _links(tmp_path / "fast.xlsx") == _links(tmp_path / "slow.xlsx")
    assert len(_links(tmp_path / "fast.xlsx")) == linked


REL_DECLARATION = b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _declared_once(sheet: bytes) -> bytes:
    """openpyxl's sheet with the relationships' namespace declared on ``<hyperlinks>``
    instead of on each ``<hyperlink>`` in it: the same XML."""
    return sheet.replace(REL_DECLARATION, b"").replace(
        b"<hyperlinks>", b"<hyperlinks" + REL_DECLARATION + b">")


def _links(path: Path) -> list[tuple[str, str]]:
    """Each linked cell and its target, as openpyxl reads the workbook back."""
    from openpyxl import load_workbook

    ws = load_workbook(path)["Blad"]
    return [(cell.coordinate, cell.hyperlink.target) for row in ws.iter_rows() for cell in row
            if cell.hyperlink is not None]
