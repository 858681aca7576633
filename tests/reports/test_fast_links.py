"""A sheet's hyperlink relationships are streamed into the workbook's archive as they are
made (reports.fast_links.streamed), never held as one string and a tree: the part holds the
bytes the tree would have given, and the workbook reads back with every link."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

from reports.cells import _save
from reports.fast_links import _BATCH
from reports.fast_rows import Linked
from reports.labels import Words
from reports.sheets import Layout, SheetWriter, add_styles

# targets with what an attribute escapes, past ASCII, and spaces
TARGETS = ["file:///share/HR/a%20b.pdf", "file:///s/a&b<c>\"d\".pdf", "file:///s/Ünïcode €.txt",
           "file:///s/tab\there.txt", "file:///s/x'y.pdf"]


def _workbook(rows: int) -> Workbook:
    wb = Workbook(write_only=True)
    words = Words("nl")
    add_styles(wb, words)
    sheet = SheetWriter(wb, "Blad", Layout(list("AB")), words, "2024-05-01")
    for n in range(rows):
        target = TARGETS[n % len(TARGETS)]
        sheet.append([Linked(f"/s/{n}.pdf", f"{target}?{n}"), datetime(2024, 5, 1)])
    sheet.close()
    return wb


def _rels(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/_rels/")}


def test_streamed_relationships_are_the_bytes_of_the_tree(tmp_path: Path) -> None:
    rows = 3 * _BATCH + 7  # several batches and a part of one
    _save(_workbook(rows), tmp_path / "streamed.xlsx")
    _workbook(rows).save(tmp_path / "tree.xlsx")  # openpyxl's save: the tree
    streamed, tree = _rels(tmp_path / "streamed.xlsx"), _rels(tmp_path / "tree.xlsx")
    assert streamed == tree and len(streamed) == 1
    part = next(iter(streamed.values()))
    assert part.count(b"<Relationship ") == rows
    ws = load_workbook(tmp_path / "streamed.xlsx")["Blad"]
    links = [c.hyperlink.target for row in ws.iter_rows() for c in row if c.hyperlink]
    assert links == [f"{TARGETS[n % len(TARGETS)]}?{n}" for n in range(rows)]


def test_a_sheet_without_links_writes_no_relationships(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    add_styles(wb, Words("nl"))
    sheet = SheetWriter(wb, "Blad", Layout(list("A")), Words("nl"), "2024-05-01")
    sheet.append(["geen link"])
    sheet.close()
    _save(wb, tmp_path / "plain.xlsx")
    assert _rels(tmp_path / "plain.xlsx") == {}
