"""Bounds found by attack: each is a per-file error or a complete read, never a crash or a
silent partial read. An understated XLSX <dimension>, OOXML parts that inflate to hundreds of
MB, a file that needs more memory than a worker may have, a CSV far bigger than memory."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file
from tests.extract.ooxml_bombs import ooxml_bomb
from tests.extract.tables_data import valid_bsns

REPO = Path(__file__).resolve().parents[2]
CFG = ScanConfig(key=b"test", policy_path=None, limits=Limits(), now=datetime(2024, 6, 1, tzinfo=UTC))


def _item(path: Path) -> SourceItem:
    return SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2024, 1, 1, tzinfo=UTC))


def _understated_workbook(path: Path) -> list[str]:
    """8 BSNs under a 'bsn' header, the sheet's <dimension> doctored to claim A1:A1."""
    from openpyxl import Workbook

    bsns = valid_bsns(8, 222_333_000)
    wb = Workbook()
    wb.active.append(["naam", "bsn"])
    for n, number in enumerate(bsns):
        wb.active.append([f"Kandidaat {n}", number])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', data)
                assert n == 1
            z.writestr(info, data)
    return bsns


def test_an_understated_dimension_hides_no_row(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    bsns = _understated_workbook(path)
    [result] = process_file(_item(path), CFG)
    found = {f.location for f in result.findings if f.entity == "NL_BSN"}
    assert result.file.status == "scanned"
    assert found == {f"Sheet!B{n}" for n in range(2, 2 + len(bsns))}


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_an_ooxml_part_that_inflates_is_a_bomb(tmp_path: Path, kind: str) -> None:
    """A ~600 KB file whose one XML part is 200 MB: refused from the zip directory, before a
    byte is inflated (before: the worker grew to GBs until the timeout)."""
    path = ooxml_bomb(tmp_path / f"bomb.{kind}", kind)
    assert path.stat().st_size < 1_000_000
    [result] = process_file(_item(path), CFG)
    assert result.file.error == "bomb"


def test_a_part_over_max_member_size_is_a_bomb_whatever_its_ratio(tmp_path: Path) -> None:
    path = ooxml_bomb(tmp_path / "big.docx", "docx", size=3_000_000)
    lenient = Limits(max_ratio=1e9, max_member_size=2_000_000)
    [result] = process_file(_item(path), ScanConfig(b"k", None, lenient, CFG.now))
    assert result.file.error == "bomb"
    [result] = process_file(_item(path), ScanConfig(b"k", None, Limits(max_ratio=1e9), CFG.now))
    assert result.file.status == "scanned"


def test_a_file_over_the_worker_memory_is_a_per_file_error(tmp_path: Path) -> None:
    """300 MB of text under a worker bound of 800 MB (reading and decoding it needs more):
    `too_large` for that file; the same worker scans the next file."""
    share = tmp_path / "share"
    share.mkdir()
    with (share / "a-dump.txt").open("wb") as fh:
        for _ in range(300):
            fh.write(b"regel zonder persoonsgegevens\n" * 34_000)
    (share / "z-cv.txt").write_text("Curriculum vitae\nBSN: 111222333\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(share), "--jsonl", str(out),
                    "--db", str(tmp_path / "i.sqlite"), "--workers", "1", "--quiet",
                    "--max-file-size", "400000000", "--limit", "max_worker_memory=800000000"],
                   check=True, cwd=REPO, timeout=300, env={**os.environ, "PRIVACYSCAN_KEY": "test-key-not-secret"})
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    files = {Path(r["path"]).name: r for r in recs if r["type"] == "file"}
    assert files["a-dump.txt"]["error"] == "too_large"
    assert files["z-cv.txt"]["status"] == "scanned"
    assert any(r["type"] == "finding" and r["entity"] == "NL_BSN" for r in recs)


STREAM_RSS = """
import resource, sys
sys.path.insert(0, sys.argv[2])
from datetime import UTC, datetime
from scanner.extract import Limits, extract_stream
from scanner.models import SourceItem
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
item = SourceItem(sys.argv[1], None, 0, datetime.now(UTC))
with open(sys.argv[1], "rb") as fh:
    counts = {"": 0, "identifiers": 0, "special": 0}
    for c in extract_stream(item, fh, Limits()):
        counts[c.reading] += len(c.cells)
print(counts["identifiers"], counts["special"],
      (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


def test_a_200_mb_csv_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """Extraction of a 200 MB export streams: the process grows by a few MB, not by the file
    (the whole pipeline on it: see the README's figures; detection takes minutes)."""
    path = tmp_path / "big.csv"
    row = b"111222333;Kandidaat;Utrecht;beschikbaar vanaf maandag, " + b"x" * 150 + b"\n"
    with path.open("wb") as fh:
        fh.write(b"bsn;naam;plaats;opmerking\n")
        for _ in range(200):
            fh.write(row * (1_000_000 // len(row) + 1))
    rows = 200 * (1_000_000 // len(row) + 1)
    assert path.stat().st_size > 200_000_000
    out = subprocess.run([sys.executable, "-c", STREAM_RSS, str(path), str(REPO)], check=True,
                         capture_output=True, text=True, timeout=600).stdout.split()
    by_column, by_row, grown_mb = int(out[0]), int(out[1]), int(out[2])
    # every cell once by column (identifiers) and once by row (special categories)
    assert by_column == by_row == rows * 4
    assert grown_mb < 60, f"grew {grown_mb} MB reading a 200 MB CSV"


def test_an_error_message_quoting_a_member_name_is_masked_in_the_index(tmp_path: Path) -> None:
    # a DOCX whose picture part, named after a BSN, fails its CRC: the per-file error names
    # the part, and that message goes into the index and the Errors sheet
    import docx

    bsn = valid_bsns(1)[0]
    buf = io.BytesIO()
    docx.Document().save(buf)
    src, out = zipfile.ZipFile(buf), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info, src.read(info))
        z.writestr(f"word/media/scan_{bsn}.png", b"\x89PNG" + b"\0" * 4000,
                   compress_type=zipfile.ZIP_STORED)
    data = bytearray(out.getvalue())
    data[data.index(b"\x89PNG") + 100] ^= 0xFF  # the stored bytes no longer match the CRC
    path = tmp_path / "cv.docx"
    path.write_bytes(bytes(data))
    [result] = process_file(_item(path), CFG)
    assert result.file.error == "corrupt" and "scan_" in result.file.error_message
    assert bsn not in result.file.error_message
