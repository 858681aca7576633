"""What detect() finds in one text as a test reads it: the strings of one entity, the whole
text judged as a document is (a scan's reading); and what the whole pipeline finds in it
written as a file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from detectors import detect
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.scan_item import ScanConfig, scan_item

SCAN_NOW = datetime(2026, 12, 1, tzinfo=UTC)  # a fixed scan time: no test reads today's date


def found(text: str, entity: str, lang: str = "nl") -> list[str]:
    """The text of each ``entity`` detection in ``text``, in order."""
    return [text[d.start:d.end] for d in detect(text, lang, document=True) if d.entity == entity]


def special_in_file(folder: Path, name: str, text: str) -> set[str]:
    """The special categories the whole pipeline finds in ``text`` written as file ``name``
    (a real file read as a scan reads it: extraction, detection, the document's rules)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=SCAN_NOW)
    cfg = ScanConfig(key=b"test-key-not-secret", policy_path=None, limits=Limits(), now=SCAN_NOW)
    result = next(scan_item(item, data, cfg, [Limits().max_total_uncompressed]))
    return {f.entity for f in result.findings if f.entity.startswith("SPECIAL_")}
