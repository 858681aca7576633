"""Cell and workbook helpers shared by the report writers: formula-safe text, bold frozen
headers, and the atomic owner-only save."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Any) -> Any:
    """Strings that Excel would read as a formula stay text.

    >>> safe("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


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
    """Save beside the target (owner-only) and rename: a crash never leaves half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
