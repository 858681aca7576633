"""The report's counts of one scan's findings, from one pass over the index.

The summary sheet counts findings by rule and severity, by kind of data, by document type,
the folders with the most high-severity findings and the info rows of the Findings sheet:
five GROUP BY queries each read every finding of the scan (0.1 s each on 129k findings).
One query grouped by all those columns at once reads them once; the groups (a file's
findings of one kind, rule and severity: hundreds, not thousands) are summed here.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

TOTALS = ("SELECT path, member, entity, doc_type, coalesce(rule, ''), severity, count(*)"
          " FROM findings WHERE last_scan = ?"
          " GROUP BY path, member, entity, doc_type, rule, severity")


@dataclass(frozen=True)
class Totals:
    """As Index.finding_counts (rule '' for none), Index.top_folders and
    Index.info_row_count would give them."""

    by_rule: dict[tuple[str, str], int]  # (rule, severity) -> findings
    by_entity: dict[tuple[str, str], int]  # (entity, rule)
    by_doc_type: dict[tuple[str, str], int]  # (doc_type, rule)
    top_folders: list[tuple[str, int]]  # high-severity findings, most first, at most 10
    info_rows: int  # distinct (path, member, entity) of findings without a rule


def totals(db: sqlite3.Connection, scan_id: int, top: int = 10) -> Totals:
    by_rule: Counter[tuple[str, str]] = Counter()
    by_entity: Counter[tuple[str, str]] = Counter()
    by_doc: Counter[tuple[str, str]] = Counter()
    folders: Counter[str] = Counter()
    info: set[tuple[str, str, str]] = set()
    for path, member, entity, doc_type, rule, severity, n in db.execute(TOTALS, (scan_id,)):
        by_rule[rule, severity] += n
        by_entity[entity, rule] += n
        by_doc[doc_type, rule] += n
        if severity == "high":
            folders[_folder(path)] += n
        if not rule:
            info.add((path, member, entity))
    ranked = sorted(folders.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return Totals(dict(by_rule), dict(by_entity), dict(by_doc),
                  [(folder.rstrip("/") or "/", n) for folder, n in ranked], len(info))


def _folder(path: str) -> str:
    """What Index.top_folders's ``rtrim(path, replace(path, '/', ''))`` leaves: the path up
    to and with its last '/' ('' without one).

    >>> _folder("/s/HR/a.txt"), _folder("a.txt")
    ('/s/HR/', '')
    """
    return path[:path.rfind("/") + 1]
