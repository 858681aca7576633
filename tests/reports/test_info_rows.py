"""The Findings sheet collapses info findings (no rule broken) to one row per file, member
and kind of data, with how many; violations keep a row each; the JSON Lines and the index
keep every occurrence; triage of a collapsed row is carried to the next report."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from scanner.cli import cli

# synthetic, 11-check valid: generated test numbers, no person's
BSNS = ["111222333", "123456782", "100000009"]
EMAILS = [f"kandidaat{n}@voorbeeld.nl" for n in range(7)]
PHONES = ["06-12345678", "+31 20 555 0101", "010-5550123"]


def _scan(root: Path, tmp: Path, name: str, *extra: str) -> tuple[Path, Path]:
    report, jsonl = tmp / f"{name}.xlsx", tmp / f"{name}.jsonl"
    result = CliRunner().invoke(cli, [
        "scan", str(root), "--report", str(report), "--jsonl", str(jsonl), "--db",
        str(tmp / "i.sqlite"), "--workers", "1", "--quiet", *extra])
    assert result.exit_code == 0, result.output
    return report, jsonl


def _share(tmp: Path, emails: list[str]) -> Path:
    """A CV (BSNs break bsn-on-cv: violations) with a list of contacts (info findings)."""
    root = tmp / "share"
    root.mkdir(exist_ok=True)
    lines = ["Curriculum vitae", "Werkervaring", "2019 - heden: planner",
             *(f"BSN: {b}" for b in BSNS), "Referenties:",
             *(f"e-mail {e}" for e in emails), *(f"telefoon {p}" for p in PHONES)]
    (root / "cv_jansen.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _rows(report: Path, sheet: str = "Bevindingen") -> list[tuple]:
    ws = openpyxl.load_workbook(report)[sheet]
    return [r for r in ws.iter_rows(min_row=2, values_only=True) if r[13]]


def _occurrences(jsonl: Path) -> Counter[tuple[str, str | None]]:
    records = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    return Counter((r["entity"], r["rule"]) for r in records if r["type"] == "finding")


def test_one_info_row_per_entity_and_violations_one_row_each(tmp_path: Path) -> None:
    report, jsonl = _scan(_share(tmp_path, EMAILS), tmp_path, "r")
    seen = _occurrences(jsonl)
    assert seen[("EMAIL_ADDRESS", None)] == len(EMAILS)  # JSON Lines: every occurrence
    assert seen[("PHONE_NUMBER", None)] == len(PHONES)
    rows = _rows(report)
    violations = [r for r in rows if r[15]]
    assert len(violations) == sum(n for (_, rule), n in seen.items() if rule) >= len(BSNS)
    assert all(r[7] == "tekst" for r in violations)  # a place, no count
    info = {r[16]: r for r in rows if not r[15]}
    assert sorted(info) == sorted({e for e, rule in seen if rule is None})
    assert len(rows) == len(violations) + len(info)
    assert info["EMAIL_ADDRESS"][7] == f"{len(EMAILS)} keer (eerste: tekst)"
    assert info["EMAIL_ADDRESS"][3].endswith(".nl") and "kandidaat" not in info["EMAIL_ADDRESS"][3]
    assert info["EMAIL_ADDRESS"][0] == "Informatief"
    assert info["PHONE_NUMBER"][7] == f"{len(PHONES)} keer (eerste: tekst)"
    # the summary counts occurrences, and says why its count and the rows differ
    summary = [r[0] for r in openpyxl.load_workbook(report)["Samenvatting"].iter_rows(
        values_only=True) if r and r[0]]
    info_n = sum(n for (_, rule), n in seen.items() if rule is None)
    assert any(f"({len(info)} rijen voor {info_n} bevindingen)" in str(s) for s in summary)


def test_triage_of_a_collapsed_row_survives_a_rescan(tmp_path: Path) -> None:
    root = _share(tmp_path, EMAILS)
    first, _ = _scan(root, tmp_path, "r1")
    wb = openpyxl.load_workbook(first)
    ws = wb["Bevindingen"]
    row = next(r for r in range(2, ws.max_row + 1)
               if ws.cell(row=r, column=17).value == "EMAIL_ADDRESS")
    fid = ws.cell(row=row, column=14).value
    ws.cell(row=row, column=9, value="geaccepteerd risico")
    ws.cell(row=row, column=10, value="referentielijst, toestemming")
    wb.save(first)
    # the file changes: two more addresses; the row keeps its id and the DPO's decision
    _share(tmp_path, [*EMAILS, "nieuw1@voorbeeld.nl", "nieuw2@voorbeeld.nl"])
    second, _ = _scan(root, tmp_path, "r2", "--previous-report", str(first), "--lang", "en")
    rows = {r[13]: r for r in _rows(second, "Findings")}
    assert rows[fid][8:10] == ("accepted risk", "referentielijst, toestemming")
    assert rows[fid][7] == f"{len(EMAILS) + 2} times (first: text)"
    third, _ = _scan(root, tmp_path, "r3")  # and on to the scan after, without the report
    assert {r[13]: r[8] for r in _rows(third)}[fid] == "geaccepteerd risico"
