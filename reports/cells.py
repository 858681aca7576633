"""Cell and workbook helpers shared by the report writers: safe text (masked, escaped, never
a formula), bold frozen headers, and the atomic owner-only save."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from reports.atomic import private_dir, publish
from reports.shown import shown

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Any) -> Any:
    """The one way text reaches a cell: identifiers masked and control characters escaped
    (``reports.shown``), and a string Excel would read as a formula kept as text.

    >>> safe("=HYPERLINK(1)"), safe("a\x07_111222333.txt")
    ("'=HYPERLINK(1)", 'a\\\\x07_******333.txt')
    """
    if not isinstance(value, str):
        return value
    text = shown(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def header(ws: Any, cols: Sequence[str]) -> None:
    cells = []
    for c in cols:
        cell = WriteOnlyCell(ws, value=c)
        cell.font = Font(bold=True)
        cells.append(cell)
    # a write-only sheet writes its view with the first row: freeze before appending
    ws.freeze_panes = "A2"
    ws.append(cells)


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save in a private folder beside the target (owner-only) and rename: a crash never
    leaves half a report, and no planted symlink is followed (``reports.atomic``)."""
    with private_dir(path) as folder:
        tmp = folder / "report.xlsx"
        wb.save(tmp)
        publish(tmp, path)
