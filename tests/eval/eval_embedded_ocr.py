"""Recall on identifiers that exist only in images inside documents (issue 16).

Generates the seeded set of tests/extract/embedded_docs.py (EVAL_EMBEDDED_DOCS documents,
default 24: DOCX, text PDF, PPTX, XLSX, ODT and e-mail, four of each, with photographed or
scanned ID cards, payslips and BSN letters), runs the extraction stage and the detectors on
each, and prints per format and per entity found / planted. Identifiers are never printed.

    .venv/bin/python tests/eval/eval_embedded_ocr.py
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.extract.embedded_docs import Document, documents


def found_in(doc: Document) -> tuple[set[tuple[str, str]], bool, float]:
    """(entity, value) pairs detected in OCR chunks, whether any chunk came from OCR, secs."""
    import detectors
    from scanner.extract import Limits, extract
    from scanner.models import SourceItem, TextChunk

    item = SourceItem(path=doc.name, member=None, size=len(doc.data),
                      modified=datetime(2026, 11, 30, tzinfo=UTC))
    start = time.perf_counter()
    chunks = [c for c in extract(item, doc.data, Limits()) if isinstance(c, TextChunk)]
    secs = time.perf_counter() - start
    got = {(d.entity, d.normalized) for c in chunks if c.ocr for d in detectors.detect(c.text)}
    return got, any(c.ocr for c in chunks), secs


def main() -> None:
    n = int(os.environ.get("EVAL_EMBEDDED_DOCS", "24"))
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    seconds = 0.0
    for doc in documents(n):
        got, _, secs = found_in(doc)
        seconds += secs
        fmt = doc.name.rsplit(".", 1)[1]
        for entity, value in doc.identifiers:
            for key in (fmt, entity, "all"):
                planted[key] += 1
                found[key] += (entity, value) in got
    print(f"embedded-image OCR: {n} documents, extraction {seconds:.0f} s "
          f"({seconds / max(n, 1):.1f} s a document)")
    print(f"{'format / entity':<18} {'found':>6} {'planted':>8} {'recall':>7}")
    for key in sorted(planted, key=lambda k: (k == "all", k)):
        print(f"{key:<18} {found[key]:>6} {planted[key]:>8} {found[key] / planted[key]:>7.3f}")


if __name__ == "__main__":
    main()
