"""JSON Lines output (SPEC: JSON Lines output): a file record, then that file's findings.

Paths, member names and locations come with their identifiers masked (SPEC); control
characters stay, JSON escapes them (\u0007), so a consumer gets the name losslessly.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import IO, Any

from detectors.in_names import mask_identifiers as masked
from reports.atomic import create_private, private_dir, publish
from scanner.models import FileRecord, Finding


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
    by_file = groupby(findings, key=lambda x: (x.path, x.member or ""))
    pending = next(by_file, None)
    for f in files:
        yield file_record(f)
        key = (f.path, f.member or "")
        while pending is not None and pending[0] <= key:
            if pending[0] == key:
                yield from (finding_record(x) for x in pending[1])
            pending = next(by_file, None)


def write_jsonl(target: str, files: Iterable[FileRecord], findings: Iterable[Finding]) -> None:
    """Write to ``target`` ('-' for stdout) atomically: a temp file renamed when complete."""
    if target == "-":
        _dump(sys.stdout, files, findings)
        return
    path = Path(target)
    with private_dir(path) as folder:
        tmp = folder / "out.jsonl"
        with os.fdopen(create_private(tmp), "w", encoding="utf-8") as fh:
            _dump(fh, files, findings)
        publish(tmp, path)


# What json.dumps(ensure_ascii=False) leaves raw but a terminal (``--jsonl -``) would act on
# or UTF-8 cannot hold: C1 controls, direction overrides, lone surrogates (undecodable bytes).
_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps would build one a line


def _line(rec: dict[str, Any]) -> str:
    """One JSON line, those characters as \\uXXXX escapes: the same value, parsed back."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", _ENCODER.encode(rec))


def _dump(fh: IO[str], files: Iterable[FileRecord], findings: Iterable[Finding]) -> None:
    for rec in records(files, findings):
        fh.write(_line(rec) + "\n")
