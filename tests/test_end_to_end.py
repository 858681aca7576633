"""The whole pipeline on sample_data/ through the real CLI: outputs, shapes and privacy."""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scanner.cli import cli

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_data" / "documents"
KEY = "e2e-test-key-not-secret"

FILE_KEYS = {"type", "path", "member", "status", "error", "doc_type", "size", "modified",
             "ocr", "rules"}
FINDING_KEYS = {"type", "path", "member", "page", "location", "entity", "confidence", "masked",
                "fingerprint", "doc_type", "rule", "severity"}
STATUSES = {"scanned", "unchanged", "error", "skipped"}
ERRORS = {None, "encrypted", "corrupt", "too_large", "timeout", "unsupported",
          "permission_denied", "bomb", "unsafe_path"}
DOC_TYPES = {"cv", "motivation_letter", "id_copy", "payslip", "employment_contract", "medical",
             "vog", "camera_footage", "other"}
SEVERITIES = {"high", "medium", "low", "info"}


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate", REPO / "sample_data" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def planted() -> dict[str, list[tuple[str, str]]]:
    return dict(_generator().planted_values())


@pytest.fixture(scope="module")
def scan_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One real subprocess scan of sample_data (as `make demo` runs it)."""
    out = tmp_path_factory.mktemp("e2e")
    env = {**os.environ, "PRIVACYSCAN_KEY": KEY}
    proc = subprocess.run(  # noqa: PLW1510 - the exit code is asserted below
        [sys.executable, "-m", "scanner", "scan", str(SAMPLES), "--report",
         str(out / "report.xlsx"), "--jsonl", str(out / "findings.jsonl"),
         "--db", str(out / "index.sqlite"), "--workers", "2"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    (out / "stdout.log").write_text(proc.stdout)
    (out / "stderr.log").write_text(proc.stderr)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {"dir": out, "jsonl": out / "findings.jsonl", "report": out / "report.xlsx",
            "db": out / "index.sqlite"}


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_records_have_the_spec_shape(scan_out: dict[str, Path]) -> None:
    recs = _records(scan_out["jsonl"])
    files = [r for r in recs if r["type"] == "file"]
    findings = [r for r in recs if r["type"] == "finding"]
    assert len([f for f in files if f["member"] is None]) >= 40
    for f in files:
        assert FILE_KEYS <= f.keys()
        assert f["status"] in STATUSES and f["error"] in ERRORS and f["doc_type"] in DOC_TYPES
        assert isinstance(f["size"], int) and isinstance(f["ocr"], bool)
        assert isinstance(f["rules"], list)
        assert f["path"].startswith(str(SAMPLES))
    for x in findings:
        assert FINDING_KEYS <= x.keys()
        assert 0 <= x["confidence"] <= 1 and x["severity"] in SEVERITIES
        assert len(x["fingerprint"]) == 64 and x["doc_type"] in DOC_TYPES
        if not x["entity"].startswith("SPECIAL_"):
            assert set(x["masked"][:-3]) <= {"*"}
    # one file record per file or member
    keys = [(f["path"], f["member"]) for f in files]
    assert len(keys) == len(set(keys))


def test_bsn_on_cv_rule_fires_and_payslips_do_not(scan_out: dict[str, Path]) -> None:
    recs = _records(scan_out["jsonl"])
    bsn = [r for r in recs if r["type"] == "finding" and r["entity"] == "NL_BSN"]
    assert any(r["rule"] == "bsn-on-cv" and r["severity"] == "high" for r in bsn)
    assert not [r for r in bsn if r["doc_type"] == "payslip" and r["rule"] == "bsn-on-cv"]


def test_fingerprints_recompute_from_the_known_values(
    scan_out: dict[str, Path], planted: dict[str, list[tuple[str, str]]]
) -> None:
    from detectors.normalize import normalize

    recs = _records(scan_out["jsonl"])
    found = {(r["entity"], r["fingerprint"]) for r in recs if r["type"] == "finding"}
    expected = set()
    for values in planted.values():
        for entity, raw in values:
            if entity in ("NL_BSN", "IBAN_CODE"):
                norm = normalize(entity, raw)
                assert norm
                digest = hmac.new(KEY.encode(), f"{entity}:{norm}".encode(),
                                  hashlib.sha256).hexdigest()
                expected.add((entity, digest))
    assert expected and expected <= found


def test_no_raw_identifier_in_any_output(
    scan_out: dict[str, Path], planted: dict[str, list[tuple[str, str]]]
) -> None:
    raws = {raw for values in planted.values() for entity, raw in values
            if entity in ("NL_BSN", "IBAN_CODE")}
    forms = raws | {r.replace(" ", "").replace(".", "") for r in raws}
    blobs = {p.name: p.read_bytes() for p in scan_out["dir"].iterdir() if p.is_file()}
    with zipfile.ZipFile(scan_out["report"]) as z:  # the xlsx is compressed XML
        blobs.update({f"xlsx:{n}": z.read(n) for n in z.namelist()})
    con = sqlite3.connect(scan_out["db"])  # and the index, row by row
    dump = "\n".join(con.iterdump()).encode()
    con.close()
    blobs["sqlite-dump"] = dump
    for name, blob in blobs.items():
        for raw in forms:
            assert raw.encode() not in blob, f"a raw identifier leaked into {name}"


def test_report_has_findings_and_summary_sheets(scan_out: dict[str, Path]) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(scan_out["report"], read_only=True)
    names = wb.sheetnames
    assert "Samenvatting" in names and "Bevindingen" in names


def test_click_runner_scan_prints_summary_and_fails_on_high(tmp_path: Path) -> None:
    runner = CliRunner()
    sub = SAMPLES / "Kandidaten"
    result = runner.invoke(cli, ["scan", str(sub), "--jsonl", str(tmp_path / "o.jsonl"),
                                 "--db", str(tmp_path / "i.sqlite"), "--workers", "1",
                                 "--fail-on", "high"])
    assert result.exit_code == 1, result.output
    assert "bsn-on-cv" in result.output
    clean = runner.invoke(cli, ["scan", str(sub), "--jsonl", str(tmp_path / "o2.jsonl"),
                                "--db", str(tmp_path / "i2.sqlite"), "--workers", "1"])
    assert clean.exit_code == 0
