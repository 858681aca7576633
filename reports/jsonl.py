"""JSON Lines output (SPEC: JSON Lines output): a file record, then that file's findings."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import IO, Any

from scanner.models import FileRecord, Finding


def file_record(f: FileRecord) -> dict[str, Any]:
    return {
        "type": "file", "path": f.path, "member": f.member, "status": f.status,
        "error": f.error, "doc_type": f.doc_type, "size": f.size,
        "modified": f.modified.isoformat(), "ocr": f.ocr, "rules": list(f.rules),
        "doc_reason": f.doc_reason,
    }


def finding_record(x: Finding) -> dict[str, Any]:
    return {
        "type": "finding", "path": x.path, "member": x.member, "page": x.page,
        "location": x.location, "entity": x.entity, "confidence": x.confidence,
        "masked": x.masked, "fingerprint": x.fingerprint, "doc_type": x.doc_type,
        "rule": x.rule, "severity": x.severity, "finding_id": x.finding_id,
        "explanation": x.explanation, "rules": list(x.rules),
    }


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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            _dump(fh, files, findings)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _dump(fh: IO[str], files: Iterable[FileRecord], findings: Iterable[Finding]) -> None:
    for rec in records(files, findings):
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
