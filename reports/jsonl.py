"""JSON Lines output (SPEC: JSON Lines output): a file record, then that file's findings.

Paths, member names and locations come with their identifiers masked (SPEC); control
characters stay, JSON escapes them (\u0007), so a consumer gets the name losslessly. A
finding's record is spelled once, ``finding_record``, from the index's row; a scan writes the
same bytes from rows whose text SQLite quoted (``write_jsonl_json_rows``).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import groupby, islice
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any, TypeVar

from detectors.in_names import mask_identifiers as masked
from reports.atomic import create_private, private_dir, publish
from scanner.models import FileRecord

T = TypeVar("T")
Row = Sequence[Any]  # a finding as the index holds it (Index.finding_rows: FINDING_COLS)
# a finding record's members after "type", in the order of the index's FINDING_COLS
FINDING_KEYS = ("path", "member", "page", "location", "entity", "confidence", "masked",
                "fingerprint", "doc_type", "rule", "severity", "finding_id", "explanation",
                "rules")


def file_record(f: FileRecord) -> dict[str, Any]:
    rec = {
        "type": "file", "path": masked(f.path), "member": _member(f.member), "status": f.status,
        "error": f.error, "doc_type": f.doc_type, "size": f.size,
        "modified": f.modified.isoformat(), "ocr": f.ocr, "rules": list(f.rules),
        "doc_reason": masked(f.doc_reason), "hr_record": f.hr_record,
    }
    if f.status == "skipped":  # SPEC: a skipped record carries its reason
        rec["reason"] = f.reason
    return rec


def finding_record(row: Row) -> dict[str, Any]:
    """A finding's record from its row in the index (member '' for none, rules as JSON).

    >>> row = ("/s/a_111222333.txt", "", 2, "page 2", "NL_BSN", 0.85, "******782", "ab",
    ...        "cv", "bsn-on-cv", "high", "f1", "label 'BSN'", '["bsn-on-cv"]')
    >>> rec = finding_record(row)
    >>> rec["path"], rec["member"], rec["rules"]
    ('/s/a_******333.txt', None, ['bsn-on-cv'])
    """
    rec = {"type": "finding", **dict(zip(FINDING_KEYS, row, strict=True))}
    rec["path"], rec["member"] = masked(row[0]), _member(row[1] or None)
    rec["location"], rec["rules"] = masked(row[3]), json.loads(row[13])
    return rec


def _member(member: str | None) -> str | None:
    return None if member is None else masked(member)


def records(files: Iterable[FileRecord], rows: Iterable[Row]) -> Iterator[dict[str, Any]]:
    """Merge files and the index's finding rows, both sorted by (path, member), into
    file-then-findings order."""
    return _merged(files, rows, file_record, finding_record)


def _merged(files: Iterable[FileRecord], rows: Iterable[Row],
            of_file: Callable[[FileRecord], T], of_finding: Callable[[Row], T]) -> Iterator[T]:
    """A row's (path, member '') is the order both streams come in."""
    by_file = groupby(rows, key=_row_key)
    pending = next(by_file, None)
    for f in files:
        yield of_file(f)
        key = (f.path, f.member or "")
        while pending is not None and pending[0] <= key:
            if pending[0] == key:
                yield from map(of_finding, pending[1])
            pending = next(by_file, None)


def write_jsonl_rows(target: str, files: Iterable[FileRecord], rows: Iterable[Row]) -> None:
    """Write ``records`` to ``target`` ('-' for stdout) atomically: a temp file renamed when
    complete."""
    _write(target, _merged(files, rows, _file_line, _row_line))


def write_jsonl_json_rows(target: str, files: Iterable[FileRecord], rows: Iterable[Row]) -> None:
    """``write_jsonl_rows`` from rows whose text SQLite wrote as JSON already
    (``Index.finding_json_rows``), the same bytes: a scan's fast path (a Python call per
    value was most of the JSON Lines' time)."""
    _write(target, _merged(files, rows, _file_line, _json_row_line))


def _write(target: str, lines: Iterable[str]) -> None:
    if target == "-":
        _dump(sys.stdout, lines)
        return
    path = Path(target)
    with private_dir(path) as folder:
        tmp = folder / "out.jsonl"
        with os.fdopen(create_private(tmp), "w", encoding="utf-8") as fh:
            _dump(fh, lines)
        publish(tmp, path)


# What json.dumps(ensure_ascii=False) leaves raw but a terminal (``--jsonl -``) would act on
# or UTF-8 cannot hold: C1 controls, direction overrides, lone surrogates (undecodable bytes).
_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


DUMP_LINES = 512
_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps would build one a line
_str = encode_basestring  # a str as the encoder above writes it (ensure_ascii=False)


def _line(rec: dict[str, Any]) -> str:
    """One JSON line; ``_dump`` writes those characters as \\uXXXX escapes (the same value,
    parsed back)."""
    return _ENCODER.encode(rec)


def _escaped(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _row_line(r: Row) -> str:
    """A finding's line from its row (``finding_record``)."""
    return _line(finding_record(r))


def _json_row_line(r: Row) -> str:
    """``_row_line`` of a row of ``Index.finding_json_rows``: the same members as
    ``finding_record`` in its order, each written as the encoder writes it.

    >>> row = ("/s/a.txt", "", None, "page 2", "NL_BSN", 0.85, "*", "ab", "cv", None, "info",
    ...        "f1", "", '["x"]')
    >>> members = ('"masked": "*", "fingerprint": "ab", "doc_type": "cv", "rule": null,'
    ...            ' "severity": "info", "finding_id": "f1", "explanation": ""')
    >>> _json_row_line(row[:4] + ('"NL_BSN"', 0.85, members, '["x"]')) == _row_line(row)
    True
    """
    page = "null" if r[2] is None else r[2]
    return (f'{_head(r[0], r[1] or None)} "page": {page}, "location": {_location(r[3])},'
            f' "entity": {r[4]}, "confidence": {_confidence(r[5])}, {r[6]},'
            f' "rules": {_rules_text(r[7])}}}')


@lru_cache(maxsize=16_384)  # a file's places repeat (its pages, its columns)
def _location(location: str) -> str:
    return _str(masked(location))


@lru_cache(maxsize=256, typed=True)  # a handful of scores
def _confidence(confidence: float) -> str:
    return repr(confidence)


def _row_key(r: Row) -> tuple[str, str]:
    return r[0], r[1]


@lru_cache(maxsize=1024)  # a file's findings come together: its path is masked once
def _head(path: str, member: str | None) -> str:
    """A finding line's start, up to its member."""
    shown = "null" if member is None else _str(masked(member))
    return f'{{"type": "finding", "path": {_str(masked(path))}, "member": {shown},'


@lru_cache(maxsize=256)  # a handful of rule combinations
def _rules_text(stored: str) -> str:
    """The index's JSON text of a rules list as the encoder writes the list."""
    return _ENCODER.encode(json.loads(stored))


def _file_line(f: FileRecord) -> str:
    return _line(file_record(f))


def _dump(fh: IO[str], lines: Iterable[str]) -> None:
    """The lines, written DUMP_LINES at a time with _RAW's characters escaped in one pass
    over them all (_RAW takes one character at a time: a batch escaped whole is each of its
    lines escaped)."""
    it = iter(lines)
    while batch := list(islice(it, DUMP_LINES)):
        batch.append("")  # the last line's end
        text = "\n".join(batch)
        # ASCII text (a flag of the str: no pass) holds none of _RAW's but DEL
        fh.write(text if text.isascii() and "\x7f" not in text else _RAW.sub(_escaped, text))
