"""Rescans: unchanged files are skipped but carried forward; changes replace; deletions go."""

from __future__ import annotations

import os
from pathlib import Path

from tests.crawl.helpers import make_share, scan, snapshot


def _without_status(recs: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "status"} for r in recs]


def test_rescan_marks_unchanged_and_keeps_findings(tmp_path: Path) -> None:
    share = tmp_path / "share"
    make_share(share)
    db = tmp_path / "index.sqlite"
    first = scan([str(share)], db)
    a = snapshot(db, first.scan_id)
    second = scan([str(share)], db)
    b = snapshot(db, second.scan_id)
    assert second.files_done == 0 and second.unchanged == 6
    assert {r["status"] for r in b if r["type"] == "file"} == {"unchanged"}
    assert _without_status(a) == _without_status(b)
    assert sum(r["type"] == "finding" and r["entity"] == "NL_BSN" for r in b) == 3


def test_changed_file_replaces_findings_and_deleted_file_is_gone(tmp_path: Path) -> None:
    share = tmp_path / "share"
    paths = make_share(share)
    db = tmp_path / "index.sqlite"
    scan([str(share)], db)
    Path(paths[0]).write_text("Geen persoonsgegevens meer.\n", encoding="utf-8")
    os.utime(paths[0], (1_800_000_000, 1_800_000_000))
    os.remove(paths[2])
    third = scan([str(share)], db)
    recs = snapshot(db, third.scan_id)
    files = {r["path"]: r for r in recs if r["type"] == "file"}
    assert files[paths[0]]["status"] == "scanned"
    assert paths[2] not in files
    assert not [r for r in recs if r["type"] == "finding" and r["path"] in (paths[0], paths[2])]
    assert third.files_done == 1


def test_a_new_policy_or_limits_rereads_unchanged_files(tmp_path: Path) -> None:
    """Findings of unchanged files must follow the rules in force: a changed policy (or an
    upgrade of the detectors, or other limits) makes the next scan read every file again."""
    from scanner.extract.limits import Limits

    share = tmp_path / "share"
    make_share(share)
    db = tmp_path / "index.sqlite"
    scan([str(share)], db)
    assert scan([str(share)], db).unchanged == 6
    policy = tmp_path / "policy.toml"
    policy.write_text('[rules.bsn-on-cv]\nseverity = "medium"\n'
                      '[rules.bsn-outside-hr]\nenabled = false\n', encoding="utf-8")
    third = scan([str(share)], db, policy_path=str(policy))
    assert third.files_done == 6 and third.unchanged == 0
    recs = snapshot(db, third.scan_id)
    assert {r["severity"] for r in recs if r["type"] == "finding" and r["rule"] == "bsn-on-cv"} \
        == {"medium"}
    assert scan([str(share)], db, policy_path=str(policy)).unchanged == 6
    assert scan([str(share)], db, policy_path=str(policy),
                limits=Limits(timeout_s=5)).unchanged == 6  # the timeout is no rule
    assert scan([str(share)], db, policy_path=str(policy),
                limits=Limits(ocr=False)).files_done == 6
