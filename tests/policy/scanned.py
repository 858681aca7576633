"""One synthetic file through the whole per-file pipeline (extract, classify, detect, policy):
what a policy test reads of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scanner.extract.limits import Limits
from scanner.models import SourceItem, TextChunk
from scanner.policy import classify
from scanner.scan_item import ScanConfig, process_file

MODIFIED = datetime(2026, 3, 1, tzinfo=UTC)  # a fixed date: no test depends on today's


def scan_text(path: Path, text: str) -> tuple[str, set[str], set[str]]:
    """(document type, entities found, rules broken) of ``text`` written to ``path``; the scan
    date is fixed, so no test depends on today's."""
    path.write_text(text, encoding="utf-8")
    item = SourceItem(path=str(path), member=None, size=path.stat().st_size,
                      modified=MODIFIED)
    cfg = ScanConfig(key=b"test-key-0123456789", policy_path=None, limits=Limits(),
                     now=datetime(2026, 3, 2, tzinfo=UTC))
    (result, *_) = process_file(item, cfg)
    return (result.file.doc_type, {f.entity for f in result.findings},
            {r for f in result.findings for r in f.rules})


def classified(text: str, name: str = "document.txt") -> str:
    """The document type ``text`` is given as a file ``name`` on a share (the rules, and the
    learned model where they are unsure)."""
    item = SourceItem(path=f"/share/{name}", member=None, size=1, modified=MODIFIED)
    return classify(item, [TextChunk(text, "body")])[0]
