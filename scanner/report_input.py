"""Build the Excel report's input from the index (counts in SQL, rows streamed)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path, PurePosixPath

from reports.excel import ReportInput, RuleRow, read_triage, write_report
from scanner.index import Index
from scanner.policy import load_policy


def write_excel_report(index: Index, scan_id: int, path: Path, *, lang: str,
                       policy_path: str | None, previous_report: str | None,
                       password: str | None) -> None:
    if previous_report:
        index.save_triage(read_triage(Path(previous_report)))
    roots, started, _ = index.scan_info(scan_id)
    policy = load_policy(policy_path)
    by_rule = index.finding_counts(scan_id, "rule", "severity")
    high_by_path = index.finding_counts(scan_id, "severity", "path")
    folders: Counter[str] = Counter()
    for (severity, file_path), n in high_by_path.items():
        if severity == "high":
            folders[str(PurePosixPath(file_path).parent)] += n
    data = ReportInput(
        scope=roots, scan_time=started, file_counts=index.status_counts(scan_id),
        by_rule={(rule or "-", sev): n for (rule, sev), n in by_rule.items()},
        by_entity={e: n for (e,), n in index.finding_counts(scan_id, "entity").items()},
        by_doc_type={t: n for (t,), n in index.finding_counts(scan_id, "doc_type").items()},
        files=index.files(scan_id), findings=index.findings(scan_id),
        rules=[RuleRow(r.id, r.severity, r.enabled, r.statement,
                       r.retention.days if r.retention else None)
               for r in policy.rules.values()],
        triage=index.triage(), first_seen=index.first_seen(scan_id),
        findings_per_file=index.finding_counts(scan_id, "path", "member"),
        trend=index.trend(scan_id),
        top_folders=folders.most_common(10),
        open_findings=index.open_findings(scan_id),
        scan_started=datetime.fromisoformat(started),
    )
    write_report(path, data, lang=lang)
    if password:
        _encrypt(path, password)


def _encrypt(path: Path, password: str) -> None:
    import io
    import os

    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    OOXMLFile(plain).encrypt(password, out)
    tmp = path.with_name(f".{path.name}.enc")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.getvalue())
    os.replace(tmp, path)
