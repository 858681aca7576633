"""A file deep in a share, or under folders with accented names (percent-encoded as six
characters a letter), has a link address longer than Excel takes (2,079 characters): Excel
then "repairs" the workbook and drops its links. Such a row shows the path as plain text;
every other file keeps its link."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl

from reports.findings_sheet import MAX_LINK_LENGTH

REPO = Path(__file__).resolve().parents[2]
CV = b"Curriculum vitae\nNaam: Sanne de Vries\nBSN: 111222333\n"


def _deep(root: Path, name: str, levels: int) -> str:
    """A file ``levels`` folders down, made folder by folder (past PATH_MAX if need be)."""
    fd = os.open(root, os.O_RDONLY)
    for _ in range(levels):
        os.mkdir(name, dir_fd=fd)
        fd, old = os.open(name, os.O_RDONLY, dir_fd=fd), fd
        os.close(old)
    out = os.open("cv.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, CV)
    os.close(out)
    os.close(fd)
    return "/".join([str(root), *[name] * levels, "cv.txt"])


def test_links_past_excels_length_are_plain_text(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    deep = _deep(root, "d" * 200, 12)  # 2,400 characters
    accented = _deep(root, "é" * 100, 4)  # 800 characters, 2,400 in the link
    (root / "kort.txt").write_bytes(CV)
    out = tmp_path / "r.xlsx"
    run = subprocess.run([sys.executable, "-m", "scanner", "scan", str(root), "--quiet",
                          "--workers", "1", "--report", str(out)], cwd=REPO, timeout=300,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out) as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
    targets = re.findall(r'Target="(file://[^"]*)"', rels)
    assert targets and all(len(t) <= MAX_LINK_LENGTH for t in targets)
    sheet = openpyxl.load_workbook(out)["Bevindingen"]
    header = [c.value for c in sheet[1]]
    files = {row[header.index("Bestand")]: row for row in sheet.iter_rows(min_row=2)}
    linked = {path: cell.hyperlink is not None for path, cell in
              ((c.value, c) for c in (row[header.index("Bestand")] for row in files.values()))}
    assert linked == {str(root / "kort.txt"): True, deep: False, accented: False}
