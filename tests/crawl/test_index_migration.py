"""An index written by schema version 1 (files.mtime_ns, which held microseconds) or 2 (no
findings.rules) opens in place: nothing is lost, and unchanged files stay unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scanner.index import SCHEMA, SCHEMA_VERSION, Index


def test_version_1_index_is_migrated_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as con:
        con.executescript(SCHEMA.replace("mtime_us", "mtime_ns"))
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        con.execute("INSERT INTO scans (roots, started, status) VALUES ('[\"/s\"]',"
                    " '2026-01-01T00:00:00+00:00', 'complete')")
        con.execute("INSERT INTO files (path, member, size, mtime_ns, modified, status,"
                    " doc_type, first_scan, checked_scan, last_scan) VALUES"
                    " ('/s/cv.txt', '', 12, 1700000000123456, '2023-11-14T22:13:20+00:00',"
                    " 'scanned', 'cv', 1, 1, 1)")
    index = Index(db)
    try:
        known = index.known("/s/cv.txt")
        assert known is not None and known.mtime_us == 1700000000123456 and known.size == 12
        version = index.db.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        assert version == SCHEMA_VERSION == "6"
    finally:
        index.close()
    Index(db).close()  # opening a migrated index again is a no-op


def test_version_2_index_gains_the_rules_of_each_finding(tmp_path: Path) -> None:
    db = tmp_path / "v2.sqlite"
    line = next(ln for ln in SCHEMA.splitlines() if "every rule broken" in ln)
    old = SCHEMA.replace(line + "\n", "")
    with sqlite3.connect(db) as con:
        con.executescript(old)
        assert "rules" not in {r[1] for r in con.execute("PRAGMA table_info(findings)")}
        con.execute("INSERT INTO scans (roots, started, status) VALUES ('[\"/s\"]',"
                    " '2026-01-01T00:00:00+00:00', 'complete')")
        con.execute("INSERT INTO findings (finding_id, path, member, location, entity,"
                    " confidence, masked, fingerprint, doc_type, rule, severity, first_scan,"
                    " last_scan) VALUES ('f1', '/s/cv.txt', '', 'text', 'NL_BSN', 0.9,"
                    " '******333', 'ab', 'cv', 'bsn-on-cv', 'high', 1, 1)")
    index = Index(db)
    try:
        [finding] = index.findings(1)
        assert finding.rule == "bsn-on-cv" and finding.rules == ()
    finally:
        index.close()


def test_version_3_index_gains_the_skipped_reason_column(tmp_path: Path) -> None:
    db = tmp_path / "v3.sqlite"
    v3 = "\n".join(line for line in SCHEMA.splitlines() if not line.strip().startswith("reason"))
    with sqlite3.connect(db) as con:
        con.executescript(v3)
        con.execute("INSERT INTO scans (roots, started, status) VALUES ('[\"/s\"]',"
                    " '2026-01-01T00:00:00+00:00', 'complete')")
        con.execute("INSERT INTO files (path, member, size, mtime_us, modified, status,"
                    " doc_type, first_scan, checked_scan, last_scan) VALUES"
                    " ('/s/cv.txt', '', 12, 1, '2023-11-14T22:13:20+00:00', 'scanned', 'cv',"
                    " 1, 1, 1)")
    index = Index(db)
    try:
        [record] = list(index.files(1))
        assert record.path == "/s/cv.txt" and record.reason == ""
    finally:
        index.close()


def test_version_5_findings_lose_their_primary_key_keep_their_rows(tmp_path: Path) -> None:
    """Version 5's finding_id PRIMARY KEY (an index SQLite cannot drop) becomes the unique
    index findings_id: the table is copied with its rowids (the report's first finding of
    a group is the lowest), and a finding seen again still updates its row."""
    db = tmp_path / "v5.sqlite"
    v5 = SCHEMA.replace("finding_id TEXT NOT NULL,", "finding_id TEXT PRIMARY KEY,").replace(
        "CREATE UNIQUE INDEX IF NOT EXISTS findings_id ON findings (finding_id);\n", "")
    insert = ("INSERT INTO findings (rowid, finding_id, path, member, location, entity,"
              " confidence, masked, fingerprint, doc_type, rule, severity, first_scan,"
              " last_scan) VALUES (?, ?, '/s/cv.txt', '', ?, 'NL_BSN', 0.9, '******333',"
              " 'ab', 'cv', 'bsn-on-cv', 'high', 1, 1)")
    with sqlite3.connect(db) as con:
        con.executescript(v5)
        con.execute("INSERT INTO meta VALUES ('schema_version', '5')")
        con.execute("INSERT INTO scans (roots, started, status) VALUES ('[\"/s\"]',"
                    " '2026-01-01T00:00:00+00:00', 'complete')")
        con.executemany(insert, [(7, "f2", "regel 2"), (3, "f1", "regel 1"), (9, "f3", "x")])
        assert any(r[5] for r in con.execute("PRAGMA table_info(findings)"))
    before = _findings(db)
    Index(db).close()
    Index(db).close()  # opening a migrated index again is a no-op
    assert _findings(db) == before
    with sqlite3.connect(db) as con:
        assert not any(r[5] for r in con.execute("PRAGMA table_info(findings)"))
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert {"findings_id", "findings_fingerprint", "findings_file"} <= names
        assert not any(n.startswith("sqlite_autoindex_findings") for n in names)
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(insert, (10, "f1", "again"))


def _findings(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT rowid, * FROM findings ORDER BY rowid").fetchall()
