"""The report's counts of one scan's findings, from one pass over the index.

The summary sheet counts findings by rule and severity, by kind of data, by document type,
the folders with the most high-severity findings and the info rows of the Findings sheet:
five GROUP BY queries each read every finding of the scan (0.1 s each on 129k findings).
One query grouped by all those columns at once reads them once; the groups (a file's
findings of one kind, rule and severity: hundreds, not thousands) are summed here.

The groups are kept in a temporary table of the connection (``Totals.groups``), each with
its first finding (lowest rowid): the Findings sheet's info rows (one per file, member and
kind) are those groups without a rule, so ``Index.info_rows`` reads them from there instead
of grouping every info finding again (0.43 of the report's 1.2 CPU-s of SQL on 236k
findings). ``counted`` drops the table once the report that reads it is written.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

GROUPS = "finding_groups"  # temp.<GROUPS>_<scan id>: rule NULL kept apart from ''
GROUP = ("CREATE TEMP TABLE {table} AS SELECT path, member, entity, doc_type, rule, severity,"
         " count(*) AS n, min(rowid) AS first FROM findings WHERE last_scan = ?"
         " GROUP BY path, member, entity, doc_type, rule, severity")
TOTALS = "SELECT path, member, entity, doc_type, coalesce(rule, ''), severity, n FROM {table}"


@dataclass(frozen=True)
class Totals:
    """As Index.finding_counts (rule '' for none), Index.top_folders and
    Index.info_row_count would give them."""

    by_rule: dict[tuple[str, str], int]  # (rule, severity) -> findings
    by_entity: dict[tuple[str, str], int]  # (entity, rule)
    by_doc_type: dict[tuple[str, str], int]  # (doc_type, rule)
    top_folders: list[tuple[str, int]]  # high-severity findings, most first, at most 10
    info_rows: int  # distinct (path, member, entity) of findings without a rule
    groups: str  # the temporary table of the groups (Index.report_findings reads it)


@contextmanager
def counted(db: sqlite3.Connection, scan_id: int, top: int = 10) -> Iterator[Totals]:
    """``totals`` for a report that reads its groups while it is written: the temporary
    table is dropped after, not left on the connection for as long as it stays open."""
    counts = totals(db, scan_id, top)
    try:
        yield counts
    finally:
        db.execute(f"DROP TABLE IF EXISTS {counts.groups}")


def totals(db: sqlite3.Connection, scan_id: int, top: int = 10) -> Totals:
    by_rule: Counter[tuple[str, str]] = Counter()
    by_entity: Counter[tuple[str, str]] = Counter()
    by_doc: Counter[tuple[str, str]] = Counter()
    folders: Counter[str] = Counter()
    info: set[tuple[str, str, str]] = set()
    table = f"temp.{GROUPS}_{int(scan_id)}"
    db.execute(f"DROP TABLE IF EXISTS {table}")  # an earlier report's, on this connection
    db.execute(GROUP.format(table=table), (scan_id,))
    for path, member, entity, doc_type, rule, severity, n in db.execute(
            TOTALS.format(table=table)):
        by_rule[rule, severity] += n
        by_entity[entity, rule] += n
        by_doc[doc_type, rule] += n
        if severity == "high":
            folders[_folder(path)] += n
        if not rule:
            info.add((path, member, entity))
    ranked = sorted(folders.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return Totals(dict(by_rule), dict(by_entity), dict(by_doc),
                  [(folder.rstrip("/") or "/", n) for folder, n in ranked], len(info), table)


def _folder(path: str) -> str:
    """What Index.top_folders's ``rtrim(path, replace(path, '/', ''))`` leaves: the path up
    to and with its last '/' ('' without one).

    >>> _folder("/s/HR/a.txt"), _folder("a.txt")
    ('/s/HR/', '')
    """
    return path[:path.rfind("/") + 1]
