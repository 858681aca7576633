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
    file_counts = Counter(f.status for f in index.files(scan_id))
    findings = list(_counts(index, scan_id))
    triage = index.triage()
    closed = {fid for fid, (status, _) in triage.items() if status != "open"}
    data = ReportInput(
        scope=roots, scan_time=started, file_counts=dict(file_counts),
        by_rule=dict(Counter((x[0] or "-", x[1]) for x in findings)),
        by_entity=dict(Counter(x[2] for x in findings)),
        by_doc_type=dict(Counter(x[3] for x in findings)),
        files=index.files(scan_id), findings=index.findings(scan_id),
        rules=[RuleRow(r.id, r.severity, r.enabled, r.statement,
                       r.retention.days if r.retention else None)
               for r in policy.rules.values()],
        triage=triage, first_seen=index.first_seen(scan_id),
        findings_per_file=dict(Counter((x[4], x[5]) for x in findings)),
        trend=index.trend(scan_id),
        top_folders=Counter(str(PurePosixPath(x[4]).parent) for x in findings
                            if x[1] == "high").most_common(10),
        open_findings=sum(1 for x in findings if x[0] and x[6] not in closed),
        scan_started=datetime.fromisoformat(started),
    )
    write_report(path, data, lang=lang)
    if password:
        _encrypt(path, password)


def _counts(index: Index, scan_id: int) -> list[tuple[str | None, str, str, str, str, str, str]]:
    return index.db.execute(
        "SELECT rule, severity, entity, doc_type, path, member, finding_id FROM findings"
        " WHERE last_scan = ?",
        (scan_id,),
    ).fetchall()


def _encrypt(path: Path, password: str) -> None:
    import io
    import os

    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    OOXMLFile(plain).encrypt(password, out)
    tmp = path.with_name(f".{path.name}.enc")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.getvalue())
    os.replace(tmp, path)
    del msoffcrypto
