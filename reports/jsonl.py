"""JSON Lines output (SPEC: JSON Lines output): a file record, then that file's findings.

Paths, member names and locations come with their identifiers masked (SPEC); control
characters stay, JSON escapes them (\u0007), so a consumer gets the name losslessly.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import groupby, islice
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import IO, Any, TypeVar

from detectors.in_names import mask_identifiers as masked
from reports.atomic import create_private, private_dir, publish
from scanner.models import FileRecord, Finding

T = TypeVar("T")
F = TypeVar("F")


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


def finding_record(x: Finding) -> dict[str, Any]:
    return {
        "type": "finding", "path": masked(x.path), "member": _member(x.member), "page": x.page,
        "location": masked(x.location), "entity": x.entity, "confidence": x.confidence,
        "masked": x.masked, "fingerprint": x.fingerprint, "doc_type": x.doc_type,
        "rule": x.rule, "severity": x.severity, "finding_id": x.finding_id,
        "explanation": x.explanation, "rules": list(x.rules),
    }


def _member(member: str | None) -> str | None:
    return None if member is None else masked(member)


def records(files: Iterable[FileRecord], findings: Iterable[Finding]) -> Iterator[dict[str, Any]]:
    """Merge two streams sorted by (path, member) into file-then-findings order."""
    return _merged(files, findings, file_record, finding_record)


def _merged(files: Iterable[FileRecord], findings: Iterable[F],
            of_file: Callable[[FileRecord], T], of_finding: Callable[[F], T],
            key: Callable[[F], tuple[str, str]] = lambda x: (x.path, x.member or "")  # type: ignore[attr-defined]
            ) -> Iterator[T]:
    """``key``: a finding's (path, member '' for none), the order both streams come in."""
    by_file = groupby(findings, key=key)
    pending = next(by_file, None)
    for f in files:
        yield of_file(f)
        key = (f.path, f.member or "")
        while pending is not None and pending[0] <= key:
            if pending[0] == key:
                yield from map(of_finding, pending[1])
            pending = next(by_file, None)


def write_jsonl(target: str, files: Iterable[FileRecord], findings: Iterable[Finding]) -> None:
    """Write to ``target`` ('-' for stdout) atomically: a temp file renamed when complete."""
    _write(target, _merged(files, findings, _file_line, _finding_line))


def write_jsonl_rows(target: str, files: Iterable[FileRecord],
                     rows: Iterable[Sequence[Any]]) -> None:
    """``write_jsonl`` from the index's finding rows as they come (``Index.finding_rows``:
    the columns of a Finding, member '' for none, rules as JSON text), the same bytes: no
    Finding is made of each (on 129k findings that was half the time of the file)."""
    _write(target, _merged(files, rows, _file_line, _row_line, key=_row_key))


def write_jsonl_json_rows(target: str, files: Iterable[FileRecord],
                          rows: Iterable[Sequence[Any]]) -> None:
    """``write_jsonl_rows`` from rows whose text SQLite wrote as JSON already
    (``Index.finding_json_rows``), the same bytes."""
    _write(target, _merged(files, rows, _file_line, _json_row_line, key=_row_key))


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


def _finding_line(x: Finding) -> str:
    """``_line(finding_record(x))``, the JSON written field by field: no dict is built and
    the encoder's work a line is a few C calls (a dense scan writes 100k of these lines).

    >>> from scanner.models import Finding
    >>> x = Finding("/s/a_111222333.txt", None, 2, "page 2", "NL_BSN", 0.85, "******782",
    ...             "ab", "cv", "bsn-on-cv", "high", "f1", "label 'BSN'", ("bsn-on-cv",))
    >>> _finding_line(x) == _line(finding_record(x))
    True
    >>> row = ("/s/a_111222333.txt", "", 2, "page 2", "NL_BSN", 0.85, "******782", "ab",
    ...        "cv", "bsn-on-cv", "high", "f1", "label 'BSN'", '["bsn-on-cv"]')
    >>> _row_line(row) == _finding_line(x)
    True
    """
    return _head(x.path, x.member) + _tail(
        x.page, x.location, x.entity, x.confidence, x.masked, x.fingerprint, x.doc_type, x.rule,
        x.severity, x.finding_id, x.explanation, _rules(x.rules))


def _row_line(r: Sequence[Any]) -> str:
    """``_finding_line`` of a row of the index (``Index.finding_rows``)."""
    return _head(r[0], r[1] or None) + _tail(*r[2:13], _rules_text(r[13]))


def _json_row_line(r: Sequence[Any]) -> str:
    """``_row_line`` of a row of ``Index.finding_json_rows``.

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


def _row_key(r: Sequence[Any]) -> tuple[str, str]:
    return r[0], r[1]


@lru_cache(maxsize=1024)  # a file's findings come together: its path is masked once
def _head(path: str, member: str | None) -> str:
    """A finding line's start, up to its member."""
    shown = "null" if member is None else _str(masked(member))
    return f'{{"type": "finding", "path": {_str(masked(path))}, "member": {shown},'



def _tail(page: int | None, location: str, entity: str, confidence: float, masked_value: str,
          fingerprint: str, doc_type: str, rule: str | None, severity: str, finding_id: str,
          explanation: str, rules: str) -> str:
    return (f' "page": {_json(page)}, "location": {_str(masked(location))},'
            f' "entity": {_str(entity)}, "confidence": {_json(confidence)},'
            f' "masked": {_str(masked_value)}, "fingerprint": {_str(fingerprint)},'
            f' "doc_type": {_str(doc_type)}, "rule": {_json(rule)},'
            f' "severity": {_str(severity)}, "finding_id": {_str(finding_id)},'
            f' "explanation": {_str(explanation)}, "rules": {rules}}}')


def _json(value: str | float | None) -> str:
    """A str, number or None as the encoder writes it (a float not finite never occurs)."""
    if value is None:
        return "null"
    return _str(value) if isinstance(value, str) else repr(value)


@lru_cache(maxsize=256)  # a handful of rule combinations
def _rules(rules: tuple[str, ...]) -> str:
    return _ENCODER.encode(list(rules))


@lru_cache(maxsize=256)
def _rules_text(stored: str) -> str:
    """The index's JSON text of a rules list as ``_rules`` writes the list."""
    return _rules(tuple(json.loads(stored)))


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
