"""A file's many findings handed to the index as a small SQLite database, not as tuples.

A worker puts the findings of a result with many of them into an in-memory database of one
table and sends its bytes (``Connection.serialize``); the scan's process loads them into an
attached in-memory schema (``deserialize``) and copies them into ``findings`` with one
INSERT ... SELECT, in their order. Binding 129k findings' 16 values from Python was 0.45 of
the 1.2 CPU-s the scan's process spent writing them, and unpickling them as tuples another
0.18 s (0.01 s as databases); here the workers pay the binding (their side went from 0.29
to 0.42 CPU-s, spread over every worker) and the process that all workers wait on pays
SQLite's own copy. Same rows, same order.
https://www.sqlite.org/c3ref/serialize.html
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# the columns of index._finding_values, in its order; no types: values stay as bound
COLUMNS = ("finding_id, path, member, page, location, entity, confidence, masked,"
           " fingerprint, doc_type, rule, severity, explanation, rules")
SCHEMA = "stage"
MIN_ROWS = 64  # fewer findings travel as tuples: a database costs ~0.1 ms to make and load
_CAN = hasattr(sqlite3.Connection, "serialize")  # SQLite built without it: tuples


@dataclass(frozen=True)
class StagedRows:
    """Findings' values (``index._finding_values``) as a serialized database: table ``f``."""

    data: bytes
    count: int

    def __len__(self) -> int:
        return self.count


def stage(values: Sequence[tuple[Any, ...]]) -> tuple[tuple[Any, ...], ...] | StagedRows:
    """The findings' values as a StagedRows when there are many, else as they are; a value
    SQLite cannot take (text that is no UTF-8) stays a tuple, so it fails where it always
    has, in the index, and so does a worker short of memory (its address space is bounded)
    for the database: the tuples go as they always did."""
    if len(values) < MIN_ROWS or not _CAN:
        return tuple(values)
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.execute(f"CREATE TABLE f ({COLUMNS})")
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO f VALUES ({','.join('?' * 14)})", values)
        db.execute("COMMIT")
        return StagedRows(db.serialize(), len(values))
    except (sqlite3.Error, UnicodeError, MemoryError):
        return tuple(values)
    finally:
        db.close()


def attach(db: sqlite3.Connection) -> None:
    """Give the index's connection the schema staged rows are loaded into (outside a
    transaction, once)."""
    db.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")


def insert(db: sqlite3.Connection, upsert: str, rows: StagedRows, scan_id: int) -> None:
    """Copy staged findings into ``findings`` with ``upsert``'s conflict clause (if it has
    one), in order."""
    db.deserialize(rows.data, name=SCHEMA)
    at = upsert.find(" ON CONFLICT")
    conflict = upsert[at:] if at >= 0 else ""
    # "WHERE true": an INSERT ... SELECT with an upsert clause needs a WHERE (SQLite's grammar)
    db.execute(f"INSERT INTO findings ({COLUMNS}, first_scan, last_scan) SELECT {COLUMNS},"
               f" ?, ? FROM {SCHEMA}.f WHERE true ORDER BY rowid{conflict}", (scan_id, scan_id))
