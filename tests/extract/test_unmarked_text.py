"""Text that holds NULs: UTF-16 without a byte-order mark (SQL Server's ``bcp -w``, some
Windows exports) and text padded with NULs (a preallocated log). Both were `unsupported`,
so a BSN export in UTF-16 was never read and not even `unscannable`; a binary file with
NULs of its own stays unsupported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import read_jsonl

REPO = Path(__file__).resolve().parents[2]
EXPORT = "Naam;BSN;Plaats\nSanne de Vries;111222333;Utrecht\nJan Jansen;123456782;Gouda\n"
NOTE = "Gesprek met Sanne de Vries over haar contract, BSN 111222333.\n"
FILES = {
    "export.csv": EXPORT.encode("utf-16-le"),
    "export_be.csv": EXPORT.encode("utf-16-be"),
    "notitie.txt": NOTE.encode("utf-16-le"),
    "log.txt": NOTE.encode() + bytes(512),
    "programma.bin": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64,
}
BSNS = {"export.csv": 2, "export_be.csv": 2, "notitie.txt": 1, "log.txt": 1}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    root = tmp_path_factory.mktemp("utf16") / "share"
    root.mkdir()
    for name, data in FILES.items():
        (root / name).write_bytes(data)
    out = root.parent / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "scanner", "scan", str(root), "--quiet",
                          "--workers", "1", "--jsonl", str(out)], cwd=REPO,
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    return read_jsonl(out)


@pytest.mark.parametrize("name", sorted(BSNS))
def test_text_with_nuls_is_read(records: list[dict[str, object]], name: str) -> None:
    [file] = [r for r in records if r["type"] == "file" and str(r["path"]).endswith(name)]
    assert (file["status"], file["error"]) == ("scanned", None)
    bsns = [r for r in records if r.get("entity") == "NL_BSN" and str(r["path"]).endswith(name)]
    assert len(bsns) == BSNS[name]


def test_a_big_export_streams_in_its_encoding() -> None:
    """Files over 8 MiB stream from disk: the dialect is sniffed from their first MiB."""
    from scanner.extract.delimited import SAMPLE, sniff_table

    head = (EXPORT * 40_000).encode("utf-16-le")[:SAMPLE]
    dialect = sniff_table(head, "groot.csv", complete=False)
    assert dialect is not None and (dialect.encoding, dialect.delimiter) == ("utf-16-le", ";")


def test_a_binary_stays_unsupported(records: list[dict[str, object]]) -> None:
    [file] = [r for r in records if r["type"] == "file" and str(r["path"]).endswith(".bin")]
    assert file["error"] == "unsupported"
