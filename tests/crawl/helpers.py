"""Small helpers for the crawl tests: a synthetic share and a scan through the pipeline."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reports.jsonl import records
from scanner.index import Index
from scanner.pipeline import ScanOptions, ScanOutcome, run_scan

NOW = datetime(2026, 11, 1, tzinfo=UTC)

CV_TEXT = """Curriculum Vitae
Personalia
Naam: Sanne de Vries
BSN: {bsn}
Werkervaring
2019 - heden  Magazijnmedewerker
Opleiding
MBO Logistiek
"""


def make_share(root: Path, n: int = 6) -> list[str]:
    """n CVs as text files, half of them with a (synthetic, 11-check-valid) BSN."""
    bsns = ["111222333", "123456782"]
    written = []
    for i in range(n):
        body = CV_TEXT.format(bsn=bsns[i % 2]) if i % 2 == 0 else "Boodschappenlijst\nmelk\n"
        path = root / f"map{i % 3}" / f"cv_{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        written.append(str(path))
    return written


def scan(roots: list[str], db: Path, **kw: Any) -> ScanOutcome:
    opts = ScanOptions(roots=tuple(roots), db_path=db, workers=kw.pop("workers", 1), now=NOW,
                       **kw)
    return run_scan(opts)


def snapshot(db: Path, scan_id: int) -> list[dict[str, Any]]:
    """The scan's JSON Lines records, as written by `--jsonl`."""
    index = Index(db)
    try:
        return [json.loads(json.dumps(r)) for r in records(index.files(scan_id),
                                                           index.finding_rows(scan_id))]
    finally:
        index.close()
