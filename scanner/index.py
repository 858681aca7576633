"""The SQLite index: files, scans and findings (fingerprints and masked values only).

One transaction per top-level file, so a killed scan loses at most the file in flight and a
rerun resumes the interrupted scan where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from scanner import index_stage
from scanner.index_stage import StagedRows, stage
from scanner.models import FileRecord, Finding, ScanResult

SCHEMA_VERSION = "6"  # 2: files.mtime_ns renamed mtime_us; 3: findings.rules (every rule);
#                       4: files.reason (why a skipped entry was not read); 5: files.hr_record;
#                       6: findings.finding_id unique by an index of its own (findings_id)
SEVERITIES = ("high", "medium", "low", "info")
FINDING_COLUMNS = {"rule", "severity", "entity", "doc_type", "path", "member"}
FINGERPRINT_INDEX = "CREATE INDEX IF NOT EXISTS findings_fingerprint ON findings (fingerprint)"
ID_INDEX = "CREATE UNIQUE INDEX IF NOT EXISTS findings_id ON findings (finding_id)"

SCHEMA = resources.files("scanner").joinpath("index.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class KnownFile:
    size: int
    mtime_us: int
    status: str
    error: str | None
    last_scan: int


class NotAnIndex(Exception):
    """The index path holds something other than a file (a device, a FIFO, a folder)."""


def index_problem(path: Path) -> str | None:
    """Why ``path`` cannot be an index, or None: it must be absent or a regular file
    (through a link too). ``--db /dev/null`` made the device owner-only (0600) and put its
    lock and journal in /dev."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        return f"cannot open the index {path}: {e.strerror or type(e).__name__}"
    if stat.S_ISREG(st.st_mode):
        return None
    return f"cannot use {path} as the index: not a regular file"


def make_private(path: Path) -> None:
    """Create the index owner-only (0600) before SQLite opens it: SQLite gives its -wal and
    -shm files the database's mode. An older index made 0644 is closed down too."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
    except FileExistsError:
        pass
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.stat().st_mode & 0o077:
                p.chmod(0o600)
        except OSError:
            pass  # absent, or not ours (a reader such as `subject` on the DPO's index)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


FILE_COLS = ("path, member, status, error, doc_type, size, modified, ocr, rules, doc_reason,"
             " error_message, checked_scan, reason, hr_record")
FINDING_COLS = ("path, member, page, location, entity, confidence, masked, fingerprint,"
                " doc_type, rule, severity, finding_id, explanation, rules")
FINDING_ORDER = "path, member, page, location, entity, finding_id"
# A finding's text columns that SQLite writes as JSON Lines members itself (json_quote), named
# as the columns are, in FINDING_COLS's order (``Index.finding_json_rows``)
JSON_MEMBERS = " || ', ' || ".join(
    f"'\"{c}\": ' || json_quote({c})" for c in
    ("masked", "fingerprint", "doc_type", "rule", "severity", "finding_id", "explanation"))
# every character JSON escapes or a writer might: controls, quotes, C1, separators, non-BMP
QUOTE_PROBE = ("".join(map(chr, range(0xa1))) + "\u061c\u200e\u200f\u2028\u2029"
               "\u202a\u202e\u2066\u2069\ufeff\uffff\U0001f600 é€")
_F_COLS = ", ".join(f"f.{c.strip()}" for c in FINDING_COLS.split(","))
INFO_ID = "info_row_id(f.path, f.member, f.entity)"
# A violation breaks a rule; it is open until the DPO closes it (false positive, resolved,
# accepted risk). The summary's open count and its new/gone trend both use this.
OPEN_VIOLATION = "f.rule IS NOT NULL AND coalesce(t.status, 'open') = 'open'"
TRIAGE_JOIN = "LEFT JOIN triage t ON t.finding_id = f.finding_id"
# The report's order: open violations first, then by severity, rule, file (SQL sorts, so a
# million rows never sit in memory; SQLite spills a large sort to temporary files).
REPORT_ORDER = (f"CASE WHEN {OPEN_VIOLATION} THEN 0 ELSE 1 END, CASE f.severity"
                " WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,"
                " f.rule IS NULL, f.rule, f.path, f.member, f.page, f.location, f.entity,"
                " f.finding_id")


# first_scan: kept from the file's oldest finding (the row itself was just replaced)
INSERT_FILE = (
    "INSERT INTO files (path, member, size, mtime_us, modified, status, error,"
    " error_message, doc_type, doc_reason, ocr, rules, first_scan, checked_scan,"
    " last_scan, reason, hr_record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,coalesce((SELECT"
    " min(first_scan) FROM findings WHERE path = ? AND member = ?), ?),?,?,?,?)")
# What a finding seen again replaces of its row (the rest is its id's or its first scan's)
RESEEN = ("page", "location", "confidence", "masked", "doc_type", "rule", "severity",
          "explanation", "rules", "last_scan")
INSERT_FINDING = (
    "INSERT INTO findings (finding_id, path, member, page, location, entity, confidence,"
    " masked, fingerprint, doc_type, rule, severity, explanation, rules, first_scan,"
    " last_scan) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
UPSERT_FINDING = (INSERT_FINDING + " ON CONFLICT(finding_id) DO UPDATE SET "
                  + ", ".join(f"{c}=excluded.{c}" for c in RESEEN))


def _file_row(f: FileRecord, mtime_us: int, scan_id: int) -> tuple[Any, ...]:
    return (f.path, f.member or "", f.size, mtime_us, f.modified.isoformat(), f.status,
            f.error, f.error_message, f.doc_type, f.doc_reason, int(f.ocr), _rules_json(f.rules),
            f.path, f.member or "", scan_id, scan_id, scan_id, f.reason, int(f.hr_record))


def _finding_row(x: Finding, scan_id: int) -> tuple[Any, ...]:
    return (*_finding_values(x), scan_id, scan_id)


def _finding_values(x: Finding) -> tuple[Any, ...]:
    """A finding's columns of UPSERT_FINDING but the scan ids."""
    return (x.finding_id, x.path, x.member or "", x.page, x.location, x.entity, x.confidence,
            x.masked, x.fingerprint, x.doc_type, x.rule, x.severity, x.explanation,
            _rules_json(x.rules))


@dataclass(frozen=True)
class ResultRows:
    """A ScanResult as a worker sends it to be recorded: the file record, and the findings
    as their columns (``_finding_values``). A worker's results cross to the scan's process
    pickled, and 129k Finding objects took 0.68 s to unpickle there (0.17 s as tuples) and
    then had to be turned into rows: that process shares the cores with the workers."""

    file: FileRecord
    findings: tuple[tuple[Any, ...], ...] | StagedRows  # many: a database (index_stage)


def as_rows(results: Iterable[ScanResult]) -> list[ResultRows]:
    return [ResultRows(r.file, stage(tuple(map(_finding_values, r.findings))))
            for r in results]


def _rows_of(result: ScanResult | ResultRows, scan_id: int
             ) -> Iterator[tuple[Any, ...]] | StagedRows:
    if isinstance(result, ScanResult):
        return (_finding_row(x, scan_id) for x in result.findings)
    if isinstance(result.findings, StagedRows):
        return result.findings
    return (row + (scan_id, scan_id) for row in result.findings)


@lru_cache(maxsize=256)  # a handful of rule combinations, each on thousands of rows
def _rules_json(rules: tuple[str, ...]) -> str:
    return json.dumps(list(rules))


@lru_cache(maxsize=256)  # read back on every row: parsed once per combination
def _rules_of(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def info_row_id(path: str, member: str, entity: str) -> str:
    """The id of the Findings row that holds a file's info findings of one entity: stable
    across scans (no value or place in it), and never a finding's own id (another prefix).

    >>> info_row_id("/s/a.txt", "", "EMAIL_ADDRESS")
    'e756cfcb2a6bf69f57f5'
    """
    raw = f"info-row\x00{path}\x00{member}\x00{entity}"
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def _file(row: Sequence[Any], scan_id: int) -> FileRecord:
    status = "unchanged" if row[2] == "scanned" and row[11] != scan_id else row[2]
    return FileRecord(
        path=row[0], member=row[1] or None, status=status, error=row[3], doc_type=row[4],
        size=row[5], modified=datetime.fromisoformat(row[6]), ocr=bool(row[7]),
        rules=_rules_of(row[8]), doc_reason=row[9], error_message=row[10] or "",
        reason=row[12] or "", hr_record=bool(row[13]),
    )


def _finding(r: Sequence[Any]) -> Finding:
    return Finding(
        path=r[0], member=r[1] or None, page=r[2], location=r[3], entity=r[4],
        confidence=r[5], masked=r[6], fingerprint=r[7], doc_type=r[8], rule=r[9],
        severity=r[10], finding_id=r[11], explanation=r[12], rules=_rules_of(r[13]),
    )


class Index:
    """A thin typed wrapper over the SQLite file; the only module that writes SQL."""

    def __init__(self, path: Path) -> None:
        self.path = path
        problem = index_problem(path)
        if problem:
            raise NotAnIndex(problem)
        path.parent.mkdir(parents=True, exist_ok=True)
        make_private(path)
        self.db = sqlite3.connect(path, isolation_level=None)
        self._staging = False  # index_stage's schema attached
        self.db.create_function("info_row_id", 3, info_row_id, deterministic=True)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # finding ids and fingerprints are random keys: their index pages are hit at random,
        # and SQLite's default 2 MiB cache rereads them; 32 MiB at most (used as needed) cut
        # the parent's CPU for recording 88k findings from 1.50 to 1.10 s
        self.db.execute("PRAGMA cache_size=-32768")
        if self._version() == SCHEMA_VERSION:
            return  # current: open without writing, so a reader never waits on a scan
        self._migrate()
        self.db.executescript(SCHEMA)
        self.db.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
        )

    def _version(self) -> str | None:
        try:
            row = self.db.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:  # a new, empty file: no meta table yet
            return None
        return None if row is None else str(row[0])

    def _migrate(self) -> None:
        """Bring an index written by an older version up to this schema, in place."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(files)")}
        if "mtime_ns" in columns:  # version 1
            self.db.execute("ALTER TABLE files RENAME COLUMN mtime_ns TO mtime_us")
        finding_columns = {row[1] for row in self.db.execute("PRAGMA table_info(findings)")}
        if finding_columns and "rules" not in finding_columns:  # version 2
            self.db.execute("ALTER TABLE findings ADD COLUMN rules TEXT NOT NULL DEFAULT '[]'")
        if columns and "reason" not in columns:  # version 3
            self.db.execute("ALTER TABLE files ADD COLUMN reason TEXT NOT NULL DEFAULT ''")
        if columns and "hr_record" not in columns:  # version 4
            self.db.execute("ALTER TABLE files ADD COLUMN hr_record INTEGER NOT NULL DEFAULT 0")
        if any(row[1] == "finding_id" and row[5] for row in
               self.db.execute("PRAGMA table_info(findings)")):  # version 5
            self._unkey_findings()

    def _unkey_findings(self) -> None:
        """Version 5 made finding_id the findings' PRIMARY KEY: an index SQLite keeps row by
        row and cannot drop, so a first scan could not defer it (``_defer_indexes``). The
        table is copied, rowids kept, into this schema's, which takes its indexes after."""
        create = re.search(r"CREATE TABLE IF NOT EXISTS findings \(.*?\n\);", SCHEMA,
                           re.DOTALL)
        assert create is not None, "index.sql defines the findings table"
        cols = ", ".join(row[1] for row in self.db.execute("PRAGMA table_info(findings)"))
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(create.group().replace(" findings ", " findings_v6 ", 1))
            self.db.execute(f"INSERT INTO findings_v6 (rowid, {cols})"
                            f" SELECT rowid, {cols} FROM findings ORDER BY rowid")
            self.db.execute("DROP TABLE findings")
            self.db.execute("ALTER TABLE findings_v6 RENAME TO findings")

    def close(self) -> None:
        self.db.close()

    # -- scans ------------------------------------------------------------------------------

    def begin_scan(self, roots: Sequence[str]) -> tuple[int, bool]:
        """Start a scan, or resume the last one if it was interrupted over the same roots.

        Returns (scan id, resumed).
        """
        row = self.db.execute(
            "SELECT id, roots, status FROM scans ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row and row[2] == "running" and json.loads(row[1]) == list(roots):
            return int(row[0]), True
        self._defer_indexes()
        cur = self.db.execute(
            "INSERT INTO scans (roots, started, status) VALUES (?, ?, 'running')",
            (json.dumps(list(roots)), _now()),
        )
        return int(cur.lastrowid or 0), False

    def _defer_indexes(self) -> None:
        """A first scan (no findings yet) fills the table without the fingerprint and the
        finding-id index and ``finish_scan`` builds them from the rows at once: each
        finding's random fingerprint and id otherwise land on a random page of each (the
        fingerprint 0.4 of 1.2 CPU-s writing 129k findings, its build 0.19 s; the id 1.05 of
        1.42 CPU-s copying 236k staged findings, its build 0.2 s). Only ``subject`` reads by
        fingerprint: after a first scan stopped before its end it finds the same rows, by a
        pass over the table, until a scan finishes. Without the id index findings go in as
        new rows (``_insert_statement``) and ``_build_id_index`` merges what came twice."""
        if self.db.execute("SELECT 1 FROM findings LIMIT 1").fetchone() is None:
            self.db.execute("DROP INDEX IF EXISTS findings_fingerprint")
            self.db.execute("DROP INDEX IF EXISTS findings_id")

    def _has_id_index(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index'"
                               " AND name = 'findings_id'").fetchone() is not None

    def _insert_statement(self) -> str:
        """UPSERT_FINDING on the id index; without it (a first scan's) a plain insert."""
        return UPSERT_FINDING if self._has_id_index() else INSERT_FINDING

    def _build_id_index(self) -> None:
        """The finding-id index a first scan deferred. Rows of one id (a file recorded twice
        in one scan: overlapping roots) are first merged as UPSERT_FINDING would have: the
        first row (its rowid and first scan) with the last one's RESEEN columns."""
        if self._has_id_index():
            return
        try:
            self.db.execute(ID_INDEX)
            return
        except sqlite3.IntegrityError:
            pass
        # keyed by the row kept: the UPDATE below looks its last twin up once per row
        # (unkeyed, 40k twins took 38 s inside the scan's closing transaction)
        self.db.execute("CREATE TEMP TABLE seen_twice (keep INTEGER PRIMARY KEY, last INTEGER)")
        self.db.execute("INSERT INTO seen_twice SELECT min(rowid), max(rowid) FROM findings"
                        " GROUP BY finding_id HAVING count(*) > 1")
        cols = ", ".join(RESEEN)
        self.db.execute(
            f"UPDATE findings SET ({cols}) = (SELECT {cols} FROM findings l WHERE l.rowid ="
            " (SELECT last FROM seen_twice WHERE keep = findings.rowid))"
            " WHERE rowid IN (SELECT keep FROM seen_twice)")
        self.db.execute("DELETE FROM findings WHERE rowid NOT IN"
                        " (SELECT min(rowid) FROM findings GROUP BY finding_id)")
        self.db.execute("DROP TABLE temp.seen_twice")
        self.db.execute(ID_INDEX)

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def finish_scan(self, scan_id: int, roots: Sequence[str]) -> None:
        """Mark files under the roots that this scan did not reach as gone; build the
        fingerprint and finding-id indexes if a first scan deferred them."""
        with self.db:
            self.db.execute("BEGIN")
            for root in roots:
                # a prefix test, not LIKE: '_' and '%' are common in folder names
                under = root.rstrip("/") + "/"
                self.db.execute(
                    "UPDATE files SET gone = 1 WHERE last_scan < ?"
                    " AND (path = ? OR substr(path, 1, ?) = ?)",
                    (scan_id, root, len(under), under),
                )
            self.db.execute(
                "UPDATE scans SET finished = ?, status = 'complete' WHERE id = ?",
                (_now(), scan_id),
            )
            self._build_id_index()  # both deferred by a first scan
            self.db.execute(FINGERPRINT_INDEX)

    def scan_info(self, scan_id: int) -> tuple[list[str], str, str | None]:
        roots, started, finished = self.db.execute(
            "SELECT roots, started, finished FROM scans WHERE id = ?", (scan_id,)
        ).fetchone()
        return json.loads(roots), started, finished

    def previous_scan(self, scan_id: int) -> int | None:
        row = self.db.execute(
            "SELECT max(id) FROM scans WHERE id < ? AND status = 'complete'", (scan_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    # -- files ------------------------------------------------------------------------------

    def known(self, path: str) -> KnownFile | None:
        """What the index knows of a top-level file (None when it was never recorded)."""
        row = self.db.execute(
            "SELECT size, mtime_us, status, error, last_scan FROM files"
            " WHERE path = ? AND member = ''",
            (path,),
        ).fetchone()
        return KnownFile(*row) if row else None

    def mark_unchanged(self, paths: Sequence[str], scan_id: int) -> None:
        """Carry unchanged files, their members and findings forward into this scan."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "UPDATE files SET last_scan = ?, gone = 0 WHERE path = ?",
                [(scan_id, p) for p in paths],
            )
            self.db.executemany(
                "UPDATE findings SET last_scan = ? WHERE path = ?", [(scan_id, p) for p in paths]
            )

    def rejudge_carried(self, scan_id: int,
                        judge: Callable[[FileRecord], tuple[str, ...]]) -> int:
        """Judge the whole-file rules of what this scan carried forward unread once more (a
        retention period runs out while a file sits unchanged); returns the files changed."""
        rows = self.db.execute(f"SELECT id, {FILE_COLS} FROM files"
                               " WHERE last_scan = ? AND checked_scan != ?", (scan_id, scan_id))
        changed = [(json.dumps(list(rules)), row[0]) for row in rows
                   if (rules := judge(_file(row[1:], scan_id))) != _rules_of(row[9])]
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE files SET rules = ? WHERE id = ?", changed)
        return len(changed)

    def record(self, path: str, mtime_us: int, results: Iterable[ScanResult], scan_id: int) -> None:
        """Replace what the index knows of one top-level file with a fresh scan's results."""
        self.record_many([(path, mtime_us, results)], scan_id)

    def record_many(self, batch: Sequence[tuple[str, int, Iterable[ScanResult | ResultRows]]],
                    scan_id: int) -> None:
        """``record`` for several top-level files in one transaction, each statement run once
        for the whole batch (executemany): a file's thousands of findings cost one call."""
        files: list[tuple[Any, ...]] = []
        findings: list[Iterator[tuple[Any, ...]] | StagedRows] = []
        for _path, mtime_us, results in batch:
            for result in results:
                files.append(_file_row(result.file, mtime_us, scan_id))
                findings.append(_rows_of(result, scan_id))
        if not self._staging and any(isinstance(f, StagedRows) for f in findings):
            index_stage.attach(self.db)  # outside the transaction
            self._staging = True
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "UPDATE findings SET last_scan = min(last_scan, ?) WHERE path = ?",
                [(scan_id - 1, path) for path, _, _ in batch])
            self.db.executemany("DELETE FROM files WHERE path = ?",
                                [(path,) for path, _, _ in batch])
            # a file's findings go in after every file row: a row's first_scan looks only
            # at findings of its own (path, member), which no other row of the batch has
            self.db.executemany(INSERT_FILE, files)
            self._insert_findings(findings, scan_id, self._insert_statement())

    def _insert_findings(self, parts: Sequence[Iterator[tuple[Any, ...]] | StagedRows],
                         scan_id: int, insert: str) -> None:
        """Findings in the order given: runs of tuples in one executemany each, staged
        ones copied in SQL (scanner.index_stage)."""
        run: list[tuple[Any, ...]] = []
        for part in parts:
            if isinstance(part, StagedRows):
                self.db.executemany(insert, run)
                run = []
                index_stage.insert(self.db, insert, part, scan_id)
            else:
                run.extend(part)
        self.db.executemany(insert, run)

    # -- reading back -----------------------------------------------------------------------

    def files(self, scan_id: int) -> Iterator[FileRecord]:
        """Every file and member this scan reached, ordered by path, with its SPEC status."""
        for row in self.db.execute(f"SELECT {FILE_COLS} FROM files WHERE last_scan = ?"
                                   " ORDER BY path, member", (scan_id,)):
            yield _file(row, scan_id)

    def report_files(self, scan_id: int, groups: str) -> Iterator[tuple[FileRecord, int]]:
        """``files`` with each file's number of findings (report order), summed in SQL from
        the findings' groups scanner.index_totals counted already (``groups``, its temporary
        table), not counted again over every finding."""
        cur = self.db.execute(
            f"SELECT {FILE_COLS}, coalesce(c.n, 0) FROM files LEFT JOIN"
            f" (SELECT path AS p, member AS m, sum(n) AS n FROM {groups} GROUP BY path, member)"
            " c ON c.p = files.path AND c.m = files.member"
            " WHERE last_scan = ? ORDER BY path, member",
            (scan_id,),
        )
        for row in cur:
            yield _file(row, scan_id), int(row[-1])

    def findings(self, scan_id: int) -> Iterator[Finding]:
        for row in self.db.execute(f"SELECT {FINDING_COLS} FROM findings WHERE last_scan = ?"
                                   f" ORDER BY {FINDING_ORDER}", (scan_id,)):
            yield _finding(row)

    def finding_rows(self, scan_id: int) -> Iterator[tuple[Any, ...]]:
        """``findings`` as the index holds them (FINDING_COLS: member '' for none, rules as
        JSON text), for a writer that needs no Finding objects (reports.jsonl)."""
        yield from self.db.execute(f"SELECT {FINDING_COLS} FROM findings WHERE last_scan = ?"
                                   f" ORDER BY {FINDING_ORDER}", (scan_id,))

    def finding_json_rows(self, scan_id: int) -> Iterator[tuple[Any, ...]] | None:
        """``finding_rows`` with its text already JSON where SQLite can write it as Python's
        json module does (json_quote, in C: a Python call per value was most of the JSON
        Lines' time): (path, member, page, location, entity as JSON, confidence, the members
        masked to explanation as JSON (JSON_MEMBERS), rules as stored). None when this
        SQLite's json_quote writes the probe's characters otherwise, or has none."""
        try:
            probe = self.db.execute("SELECT json_quote(?)", (QUOTE_PROBE,)).fetchone()[0]
        except sqlite3.OperationalError:  # an SQLite built without its JSON functions
            return None
        if probe != encode_basestring(QUOTE_PROBE):
            return None
        return iter(self.db.execute(
            f"SELECT path, member, page, location, json_quote(entity), confidence,"
            f" {JSON_MEMBERS}, rules FROM findings WHERE last_scan = ?"
            f" ORDER BY {FINDING_ORDER}", (scan_id,)))

    def report_findings(self, scan_id: int,
                        groups: str) -> Iterator[tuple[Finding, str, str, str, int]]:
        """(finding, first seen, triage status, comment, occurrences) in report order, joined
        in SQL and streamed, so a million findings never sit in memory. A violation is a row
        of its own; the info findings (no rule broken) of one file, member and entity are one
        row (``info_rows``), after every violation, as REPORT_ORDER puts them. ``groups``:
        the findings' groups as scanner.index_totals left them on this connection."""
        cur = self.db.execute(
            f"SELECT {_F_COLS}, s.started, coalesce(t.status, 'open'),"
            f" coalesce(t.comment, ''), 1 FROM findings f JOIN scans s ON s.id = f.first_scan"
            f" {TRIAGE_JOIN} WHERE f.last_scan = ? AND f.rule IS NOT NULL"
            f" ORDER BY {REPORT_ORDER}", (scan_id,))
        for row in cur:
            yield _finding(row), row[-4], row[-3], row[-2], 1
        yield from self.info_rows(groups)

    def info_rows(self, groups: str) -> Iterator[tuple[Finding, str, str, str, int]]:
        """One row per (file, member, entity) of the info findings: its first occurrence
        (the lowest rowid), the number of occurrences, and an id of the group's own (``info_row_id``),
        stable across scans, so the DPO's triage of the row carries to the next report.
        ``groups`` (scanner.index_totals): they are that table's groups without a rule, each
        group's first finding read by its rowid, not grouped again over every finding."""
        cur = self.db.execute(
            f"SELECT {_F_COLS.replace('f.finding_id', INFO_ID)}, s.started,"
            " coalesce(t.status, 'open'), coalesce(t.comment, ''), g.n FROM (SELECT"
            f" min(first) AS first, sum(n) AS n FROM {groups} WHERE rule IS NULL"
            " GROUP BY path, member, entity) g JOIN findings f ON f.rowid = g.first"
            " JOIN scans s ON s.id = f.first_scan"
            f" LEFT JOIN triage t ON t.finding_id = {INFO_ID}"
            " ORDER BY f.path, f.member, f.page, f.location, f.entity")
        for row in cur:
            yield _finding(row), row[-4], row[-3], row[-2], int(row[-1])

    def info_row_count(self, scan_id: int) -> int:
        """The Findings sheet's info rows: distinct (file, member, entity) without a rule."""
        return int(self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM findings WHERE last_scan = ? AND rule IS NULL"
            " GROUP BY path, member, entity)", (scan_id,)).fetchone()[0])

    def trend(self, scan_id: int) -> tuple[int, int] | None:
        """(new, gone) open violations against the previous complete scan (None for the
        first): open violations first seen in this scan, and those the previous scan had
        that this one no longer finds."""
        prev = self.previous_scan(scan_id)
        if prev is None:
            return None
        count = f"SELECT count(*) FROM findings f {TRIAGE_JOIN} WHERE {OPEN_VIOLATION} AND "
        new = self.db.execute(count + "f.last_scan = ? AND f.first_scan > ?",
                              (scan_id, prev)).fetchone()[0]
        gone = self.db.execute(count + "f.last_scan = ?", (prev,)).fetchone()[0]
        return int(new), int(gone)

    # -- aggregates (SQL, so a million findings never sit in memory) ---------------------------

    def status_counts(self, scan_id: int, top_level_only: bool = False) -> dict[str, int]:
        """Files reached by this scan per SPEC status (unchanged derived as in ``files``)."""
        cur = self.db.execute(
            "SELECT CASE WHEN status = 'scanned' AND checked_scan != ? THEN 'unchanged'"
            " ELSE status END AS s, count(*) FROM files WHERE last_scan = ?"
            + (" AND member = ''" if top_level_only else "") + " GROUP BY s",
            (scan_id, scan_id),
        )
        return dict(cur.fetchall())

    def file_rule_counts(self, scan_id: int) -> dict[str, int]:
        cur = self.db.execute(
            "SELECT r.value, count(*) FROM files, json_each(files.rules) AS r"
            " WHERE last_scan = ? GROUP BY r.value",
            (scan_id,),
        )
        return dict(cur.fetchall())

    def finding_counts(self, scan_id: int, *columns: str) -> dict[tuple[str, ...], int]:
        """Findings grouped by the given columns (rule, severity, entity, doc_type, path...)."""
        assert set(columns) <= FINDING_COLUMNS, columns
        cols = ", ".join(f"coalesce({c}, '')" for c in columns)
        cur = self.db.execute(
            f"SELECT {cols}, count(*) FROM findings WHERE last_scan = ? GROUP BY {cols}",
            (scan_id,),
        )
        return {tuple(row[:-1]): row[-1] for row in cur}

    def top_folders(self, scan_id: int, severity: str = "high", limit: int = 10
                    ) -> list[tuple[str, int]]:
        """Folders with the most findings of one severity (dirname in SQL: rtrim drops the
        last path segment's characters back to the final '/')."""
        cur = self.db.execute(
            "SELECT rtrim(path, replace(path, '/', '')) AS folder, count(*) AS n FROM findings"
            " WHERE last_scan = ? AND severity = ? GROUP BY folder ORDER BY n DESC, folder"
            " LIMIT ?",
            (scan_id, severity, limit),
        )
        return [(folder.rstrip("/") or "/", n) for folder, n in cur]

    def open_findings(self, scan_id: int, severities: Sequence[str] = SEVERITIES) -> int:
        """Open violations (OPEN_VIOLATION): findings breaking a rule that the DPO has not
        closed (false positive, resolved, accepted risk)."""
        marks = ",".join("?" * len(severities))
        row = self.db.execute(
            f"SELECT count(*) FROM findings f {TRIAGE_JOIN}"
            f" WHERE f.last_scan = ? AND {OPEN_VIOLATION} AND f.severity IN ({marks})",
            (scan_id, *severities),
        ).fetchone()
        return int(row[0])

    # -- triage -----------------------------------------------------------------------------

    def save_triage(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """Store (finding id, status, comment) rows from the DPO; a row back at open with no
        comment clears its entry, so the table holds only what the DPO decided."""
        now = _now()
        with self.db:
            self.db.execute("BEGIN")
            for fid, status, comment in entries:
                if status == "open" and not comment:
                    self.db.execute("DELETE FROM triage WHERE finding_id = ?", (fid,))
                else:
                    self.db.execute(
                        "INSERT INTO triage VALUES (?,?,?,?) ON CONFLICT(finding_id) DO UPDATE"
                        " SET status=excluded.status, comment=excluded.comment,"
                        " updated=excluded.updated", (fid, status, comment, now))

    # -- subject lookups --------------------------------------------------------------------

    def by_fingerprints(self, fingerprints: Sequence[str]) -> list[tuple[str, ...]]:
        """Current findings whose fingerprint is one of those given (joined with their file)."""
        marks = ",".join("?" * len(fingerprints))
        return self.db.execute(
            "SELECT f.path, f.member, f.location, f.entity, f.fingerprint, f.doc_type,"
            " fl.modified FROM findings f JOIN files fl ON fl.path = f.path"
            " AND fl.member = f.member WHERE fl.gone = 0 AND f.last_scan = fl.last_scan"
            f" AND f.fingerprint IN ({marks})",
            list(fingerprints),
        ).fetchall()
