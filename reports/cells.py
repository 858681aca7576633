"""Cell and workbook helpers shared by the report writers: safe text (masked, escaped, never
a formula), bold frozen headers, and the atomic owner-only save."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from reports import fast_links
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


@contextmanager
def streamed_workbook() -> Iterator[Workbook]:
    """A write-only workbook. If filling it fails, the sheets it left half written are closed
    (innermost stream first) and their temporary files removed before the error goes on: left
    to the garbage collector, openpyxl's stream generators close in any order (lxml errors on
    stderr) and their files stay in the temp folder until the process ends (``serve`` runs on)."""
    wb = Workbook(write_only=True)
    try:
        yield wb
    except BaseException:
        for ws in wb.worksheets:
            writer = getattr(ws, "_writer", None)
            steps = [getattr(ws, "_rows", None) and ws._rows.close]
            steps += [writer.close, writer.cleanup] if writer is not None else []
            for step in filter(None, steps):
                with suppress(Exception):
                    step()
        raise


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save in a private folder beside the target (owner-only) and rename: a crash never
    leaves half a report, and no planted symlink is followed (``reports.atomic``)."""
    with private_dir(path) as folder:
        tmp = folder / "report.xlsx"
        _save(wb, tmp)
        publish(tmp, path)


# zlib level of the workbook's parts. openpyxl's save uses the default (6): a dense scan's
# 29 MB Findings sheet took 0.22 CPU-s to compress, at level 3 0.09 s for a file 9% larger
# (2.14 -> 2.33 MB), at the end of a scan where nothing else is left to run.
ZIP_LEVEL = 3


def _save(wb: Workbook, target: Path) -> None:
    """``Workbook.save`` (openpyxl's ``save_workbook``) with the archive at ZIP_LEVEL."""
    from datetime import UTC, datetime
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if not wb.worksheets:  # as Workbook.save: a write-only workbook needs one sheet
        wb.create_sheet()
    wb.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
    # (each sheet's hyperlink relationships streamed into the archive, never one tree)
    with (ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=ZIP_LEVEL)
          as archive, fast_links.streamed(archive)):
        ExcelWriter(wb, archive).save()
