"""Write a finished scan's outputs from the index: JSON Lines and the Excel report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reports.jsonl import write_jsonl
from reports.triage import TriageRow
from scanner.index import Index


def write_outputs(
    db: Path, scan_id: int, *, report: str | None, jsonl: str | None, lang: str = "nl",
    policy_path: str | None = None, previous_report: str | None = None,
    report_password: str | None = None, as_of: datetime | None = None,
    show_terms: bool = False, warnings: list[str] | None = None,
) -> list[str]:
    """Write the requested outputs; returns the paths written (atomically, complete or none).
    Problems the user should hear about (a triage Status not understood) go to ``warnings``."""
    index = Index(db)
    written: list[str] = []
    try:
        if jsonl:
            write_jsonl(jsonl, index.files(scan_id), index.findings(scan_id))
            if jsonl != "-":
                written.append(jsonl)
        if report:
            from scanner.report_input import write_excel_report

            rows = write_excel_report(
                index, scan_id, Path(report), lang=lang, policy_path=policy_path,
                previous_report=previous_report, password=report_password, as_of=as_of,
                show_terms=show_terms)
            if rows and warnings is not None:
                warnings.append(_not_understood(rows))
            written.append(report)
    finally:
        index.close()
    return written


def _not_understood(rows: list[TriageRow]) -> str:
    """One line naming the rows (sheet and row number, as Excel shows them), at most 20."""
    named = ", ".join(f"{r.sheet}!{r.row} ({r.status!r})" for r in rows[:20])
    more = f" and {len(rows) - 20} more" if len(rows) > 20 else ""
    return (f"warning: {len(rows)} Status value(s) in the previous report were not understood"
            f" and count as open: {named}{more}")
