"""Write a finished scan's outputs from the index: JSON Lines and the Excel report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reports.jsonl import write_jsonl
from scanner.index import Index


def write_outputs(
    db: Path, scan_id: int, *, report: str | None, jsonl: str | None, lang: str = "nl",
    policy_path: str | None = None, previous_report: str | None = None,
    report_password: str | None = None, as_of: datetime | None = None,
) -> list[str]:
    """Write the requested outputs; returns the paths written (atomically, complete or none)."""
    index = Index(db)
    written: list[str] = []
    try:
        if jsonl:
            write_jsonl(jsonl, index.files(scan_id), index.findings(scan_id))
            if jsonl != "-":
                written.append(jsonl)
        if report:
            from scanner.report_input import write_excel_report

            write_excel_report(index, scan_id, Path(report), lang=lang, policy_path=policy_path,
                               previous_report=previous_report, password=report_password,
                               as_of=as_of)
            written.append(report)
    finally:
        index.close()
    return written
