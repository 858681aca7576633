"""One synthetic file through the whole per-file pipeline (extract, classify, detect, policy):
what a policy test reads of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, process_file


def scan_text(path: Path, text: str) -> tuple[str, set[str], set[str]]:
    """(document type, entities found, rules broken) of ``text`` written to ``path``; the scan
    date is fixed, so no test depends on today's."""
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=datetime(2026, 3, 1, tzinfo=UTC))
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return (result.file.doc_type, {f.entity for f in result.findings},
            {r for f in result.findings for r in f.rules})
