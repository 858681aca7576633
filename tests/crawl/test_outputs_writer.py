"""The JSON Lines written by a child process while the parent writes the report
(scanner.outputs): the same bytes as written alone, whole or not at all, its errors raised in
the parent. Real SQLite index, real forked process."""

from __future__ import annotations

import hashlib
import os
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scanner.index import Index
from scanner.models import FileRecord, Finding, ScanResult
from scanner.outputs import _JsonlWriter, write_outputs

FILES = 40
PER_FILE = 1500  # 60k findings: the writer runs for a while


def _index(db: Path) -> int:
    """An index of FILES files with PER_FILE synthetic e-mail findings each."""
    index = Index(db)
    scan_id, _ = index.begin_scan(["/share"])
    when = datetime(2026, 1, 5, tzinfo=UTC)
    batch = []
    for i in range(FILES):
        path = f"/share/contacten_{i:03d}.csv"
        record = FileRecord(path=path, member=None, status="scanned", error=None,
                            doc_type="other", size=1000, modified=when, ocr=False)
        findings = tuple(Finding(
            path=path, member=None, page=None, location=f"row {n + 2}",
            entity="EMAIL_ADDRESS", confidence=0.9, masked="p***@voorbeeld.nl",
            fingerprint=hashlib.sha256(f"{i}-{n}".encode()).hexdigest(), doc_type="other",
            rule=None, severity="info",
            finding_id=hashlib.sha256(f"id-{i}-{n}".encode()).hexdigest()[:20])
            for n in range(PER_FILE))
        batch.append((path, 0, [ScanResult(record, findings)]))
    index.record_many(batch, scan_id)
    index.finish_scan(scan_id, ["/share"])
    index.close()
    return scan_id


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    db = tmp_path_factory.mktemp("writer") / "i.sqlite"
    return db, _index(db)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


def test_written_beside_the_report_equals_written_alone(indexed: tuple[Path, int],
                                                        tmp_path: Path) -> None:
    db, scan_id = indexed
    alone, both = tmp_path / "alone.jsonl", tmp_path / "both.jsonl"
    assert write_outputs(db, scan_id, report=None, jsonl=str(alone)) == [str(alone)]
    written = write_outputs(db, scan_id, report=str(tmp_path / "r.xlsx"), jsonl=str(both))
    assert written == [str(both), str(tmp_path / "r.xlsx")]
    assert both.read_bytes() == alone.read_bytes()
    assert len(both.read_bytes().splitlines()) == FILES * (PER_FILE + 1)
    assert _leftovers(tmp_path) == []


def test_a_writer_stopped_midway_leaves_nothing(indexed: tuple[Path, int],
                                                tmp_path: Path) -> None:
    """Ctrl-C during the report stops the writer: no JSON Lines, no temporary folder."""
    db, scan_id = indexed
    target = tmp_path / "o.jsonl"
    writer = _JsonlWriter(db, scan_id, str(target))
    deadline = time.monotonic() + 30
    while not _leftovers(tmp_path):  # writing has begun: its private folder is there
        assert time.monotonic() < deadline and writer.proc.is_alive()
        time.sleep(0.005)
    # held still while the stop is sent: on a loaded machine the writer could otherwise finish
    # between the poll and the stop (a whole file then is right, but not what this tests)
    # and, as with Ctrl-C, the group's SIGINT comes first and the parent's terminate() after
    os.kill(writer.proc.pid, signal.SIGSTOP)
    assert not target.exists()
    os.kill(writer.proc.pid, signal.SIGINT)  # pending until the writer runs again
    writer.proc.terminate()
    os.kill(writer.proc.pid, signal.SIGCONT)
    writer.stop()
    assert not writer.proc.is_alive()
    assert not target.exists() and _leftovers(tmp_path) == []


def test_a_writer_error_is_raised_in_the_parent(indexed: tuple[Path, int],
                                                tmp_path: Path) -> None:
    db, scan_id = indexed
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        write_outputs(db, scan_id, report=str(tmp_path / "r.xlsx"),
                      jsonl=str(tmp_path / "a-file" / "o.jsonl"))
    assert _leftovers(tmp_path) == []
