"""Build the Excel report's input from the index (counts in SQL, rows streamed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reports.atomic import create_private, private_dir, publish
from reports.excel import FileRow, FindingRow, ReportInput, RuleRow, write_report
from reports.triage import read_triage
from scanner.index import Index
from scanner.policy import load_policy


def write_excel_report(index: Index, scan_id: int, path: Path, *, lang: str,
                       policy_path: str | None, previous_report: str | None,
                       password: str | None, as_of: datetime | None = None) -> None:
    """``as_of`` (``scan --as-of``) replaces the scan's start as the day retention is judged."""
    if previous_report:
        index.save_triage(read_triage(Path(previous_report), password))
    roots, started, _ = index.scan_info(scan_id)
    policy = load_policy(policy_path)
    by_rule = index.finding_counts(scan_id, "rule", "severity")
    data = ReportInput(
        scope=roots, scan_time=started, file_counts=index.status_counts(scan_id),
        by_rule={(rule or "-", sev): n for (rule, sev), n in by_rule.items()},
        by_entity={e: n for (e,), n in index.finding_counts(scan_id, "entity").items()},
        by_doc_type={t: n for (t,), n in index.finding_counts(scan_id, "doc_type").items()},
        files=(FileRow(f, n) for f, n in index.report_files(scan_id)),
        findings=(FindingRow(*row) for row in index.report_findings(scan_id)),
        rules=[RuleRow(r.id, r.severity, r.enabled, r.statement,
                       r.retention.days if r.retention else None)
               for r in policy.rules.values()],
        trend=index.trend(scan_id),
        top_folders=index.top_folders(scan_id),
        open_findings=index.open_findings(scan_id),
        scan_started=as_of or datetime.fromisoformat(started),
    )
    if not password:
        write_report(path, data, lang=lang)
        return
    # the plain workbook only ever lives in a private folder (reports.atomic) and is gone
    # before the encrypted one is renamed into place: no plain report at ``path``
    with private_dir(path) as folder:
        plain = folder / "plain.xlsx"
        write_report(plain, data, lang=lang)
        encrypted = folder / "encrypted.xlsx"
        _encrypt(plain, encrypted, password)
        publish(encrypted, path)


def _encrypt(plain: Path, encrypted: Path, password: str) -> None:
    import os

    from msoffcrypto.format.ooxml import OOXMLFile

    with open(plain, "rb") as src, os.fdopen(create_private(encrypted), "wb") as out:
        OOXMLFile(src).encrypt(password, out)
