"""The workbook read as a DPO reads it: labels instead of codes, open violations first,
special-category terms hidden, every sheet laid out and set up for print, and a triage
Status that is not understood named in a warning."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reports.labels import LABELS, status_code
from scanner.cli import cli
from scanner.models import DOC_TYPES, ERROR_CODES, SEVERITIES
from scanner.policy import load_policy

ENTITIES = ["NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
            "NL_ID_DOCUMENT", "NL_DRIVERS_LICENSE", "NL_VAT", "NL_KVK", "PERSON",
            "SPECIAL_HEALTH", "SPECIAL_RELIGION", "SPECIAL_ETHNICITY", "SPECIAL_POLITICS",
            "SPECIAL_TRADE_UNION", "SPECIAL_SEXUAL_ORIENTATION", "SPECIAL_CRIMINAL",
            "SPECIAL_BIOMETRIC"]
CV = "Curriculum vitae\nWerkervaring\nOpleiding\n"


def _scan(root: Path, report: Path, db: Path, *extra: str) -> CliRunner:
    result = CliRunner().invoke(cli, ["scan", str(root), "--report", str(report), "--db",
                                      str(db), "--workers", "1", "--quiet", *extra])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    (root / "Kandidaten").mkdir(parents=True)
    (root / "Kandidaten" / "cv_a.txt").write_text(
        CV + "BSN: 111222333\nE-mail: a.jansen@example.nl\n", encoding="utf-8")
    (root / "Kandidaten" / "cv_b.txt").write_text(
        CV + "Ik heb een burn-out gehad en ben lid van de FNV.\n", encoding="utf-8")
    (root / "Kandidaten" / "notities.txt").write_text(
        "Telefoon 0612345678, mail p.bakker@example.org\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_code_has_a_label(lang: str) -> None:
    words = LABELS[lang]
    rules = load_policy(None).rules
    for group, codes in (("severity", SEVERITIES), ("doc_type", DOC_TYPES),
                         ("error", ERROR_CODES), ("error_help", ERROR_CODES),
                         ("entity", ENTITIES), ("rule", list(rules)),
                         ("file_status", ("scanned", "unchanged", "error", "skipped")),
                         ("skip_reason", ("symlink", "fifo", "device", "socket"))):
        assert set(codes) <= set(words[group]), (group, set(codes) - set(words[group]))
    assert set(LABELS["nl"]) == set(LABELS["en"])


def test_statuses_are_read_in_either_language_and_any_case() -> None:
    assert status_code("FOUT-POSITIEF") == "false_positive"
    assert status_code(" Accepted Risk") == "accepted_risk"
    assert status_code("opgelost") == status_code("Resolved") == "resolved"
    assert status_code(None) == "open"
    assert status_code("misschien") is None


def _rows(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[dict[str, object]]:
    head = [c.value for c in ws[1]]
    return [dict(zip(head, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def test_findings_in_words_open_violations_first(share: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.xlsx"
    _scan(share, report, tmp_path / "i.sqlite")
    wb = openpyxl.load_workbook(report)
    rows = _rows(wb["Bevindingen"])
    severities = [r["Ernst (code)"] for r in rows]
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    assert severities == sorted(severities, key=rank.__getitem__), severities
    keys = [(rank[str(r["Ernst (code)"])], r["Regel (code)"] is None, r["Regel (code)"] or "",
             r["Bestand"]) for r in rows]
    assert keys == sorted(keys)
    first = rows[0]
    assert first["Ernst"] == "Hoog" and first["Regel"] == "BSN op cv of motivatiebrief"
    assert first["Soort gegeven"] == "BSN" and first["Documenttype"] == "Cv"
    assert {r["Locatie"] for r in rows} <= {"tekst"}
    shown = {str(v) for r in rows for k, v in r.items() if "(code)" not in str(k)}
    assert not shown & {"NL_BSN", "high", "info", "cv", "bsn-on-cv", "text"}
    # a special-category term is shown as its category, never in clear
    special = [r for r in rows if str(r["Gegeven (code)"]).startswith("SPECIAL_")]
    assert special and all("verborgen" in str(r["Gemaskeerde waarde"]) for r in special)
    assert not any("burn-out" in str(v).lower() for r in rows for v in r.values())
    rules = _rows(wb["Regels"])
    assert {r["Actief"] for r in rules} == {"Ja"} and rules[0]["Ernst"] == "Hoog"
    files = _rows(wb["Bestanden"])
    assert {r["Status"] for r in files} == {"Gescand"}
    summary = [r[0] for r in wb["Samenvatting"].iter_rows(values_only=True) if r[0]]
    assert f"{share}" in str(list(wb["Samenvatting"].iter_rows(values_only=True))[2][1])
    assert "Bestanden: Gescand" in summary


def test_show_terms_shows_the_special_category_term(share: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.xlsx"
    _scan(share, report, tmp_path / "i.sqlite", "--show-terms", "--lang", "en")
    rows = _rows(openpyxl.load_workbook(report)["Findings"])
    assert any("burn-out" in str(r["Masked value"]).lower() for r in rows)


def test_every_sheet_is_laid_out_and_set_up_for_print(share: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.xlsx"
    _scan(share, report, tmp_path / "i.sqlite")
    wb = openpyxl.load_workbook(report)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
        assert "&P" in ws.oddFooter.right.text and "Scan" in ws.oddFooter.center.text
        assert ws.freeze_panes == "A2", ws.title
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        assert widths and max(widths.values()) <= 80, ws.title
        if ws.title == "Samenvatting":
            continue
        assert ws.print_title_rows == "$1:$1"
        assert ws.auto_filter.ref or ws.tables, ws.title
    findings = wb["Bevindingen"]
    hidden = [k for k, d in findings.column_dimensions.items() if d.hidden]
    assert len(hidden) == 4  # the code columns
    assert findings.column_dimensions["F"].width > findings.column_dimensions["A"].width


def test_unknown_status_warns_and_counts_as_open(share: Path, tmp_path: Path) -> None:
    db, first = tmp_path / "i.sqlite", tmp_path / "r1.xlsx"
    _scan(share, first, db)
    wb = openpyxl.load_workbook(first)
    ws = wb["Bevindingen"]
    ws["I2"] = "later bekijken"
    ws["I3"] = "OPGELOST"
    wb.save(first)
    second = tmp_path / "r2.xlsx"
    result = CliRunner().invoke(cli, ["scan", str(share), "--report", str(second), "--db",
                                      str(db), "--workers", "1", "--quiet",
                                      "--previous-report", str(first)])
    assert result.exit_code == 0
    assert "Bevindingen!2 ('later bekijken')" in result.output
    assert "Bevindingen!3" not in result.output
    statuses = [r["Status"] for r in _rows(openpyxl.load_workbook(second)["Bevindingen"])]
    assert statuses.count("opgelost") == 1 and "later bekijken" not in statuses


def test_trend_and_open_count_share_one_definition(share: Path, tmp_path: Path) -> None:
    """Info findings (a phone number in a note) are neither open nor new."""
    db = tmp_path / "i.sqlite"
    _scan(share, tmp_path / "r1.xlsx", db)
    (share / "Kandidaten" / "meer.txt").write_text("Bel 0687654321\n", encoding="utf-8")
    (share / "Kandidaten" / "cv_c.txt").write_text(CV + "BSN: 123456782\n", encoding="utf-8")
    _scan(share, tmp_path / "r2.xlsx", db)
    rows = {r[0]: r[1] for r in openpyxl.load_workbook(tmp_path / "r2.xlsx")["Samenvatting"]
            .iter_rows(values_only=True) if r[0]}
    assert rows["Sinds de vorige scan: nieuwe open overtredingen"] == 1
    assert rows["Sinds de vorige scan: verdwenen open overtredingen"] == 0


@pytest.mark.parametrize("lang, why", [("nl", "Snelkoppeling (symlink): niet gevolgd"),
                                       ("en", "Symbolic link: not followed")])
def test_the_files_sheet_says_why_an_entry_was_skipped(tmp_path: Path, lang: str,
                                                       why: str) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / "cv.txt").write_text(CV, encoding="utf-8")
    (root / "link-naar-cv.txt").symlink_to(root / "cv.txt")
    report = tmp_path / "r.xlsx"
    _scan(root, report, tmp_path / "i.sqlite", "--lang", lang)
    ws = openpyxl.load_workbook(report)[LABELS[lang]["files"]]
    rows = {Path(str(r[ws.cell(1, 1).value])).name: list(r.values()) for r in _rows(ws)}
    assert rows["link-naar-cv.txt"][3] == why and rows["link-naar-cv.txt"][11] == "symlink"
    assert rows["cv.txt"][3] in ("", None)


def test_the_classifiers_fixed_reasons_read_in_dutch() -> None:
    # classify.py writes its reasons in English; the Dutch report must not show them so
    import re

    source = (Path(__file__).parents[2] / "scanner/policy/classify.py").read_text("utf-8")
    fixed = set(re.findall(r'"(other kind of document|no document-type signals|MRZ line found)',
                           source))
    assert len(fixed) == 3
    for phrase in fixed:
        assert LABELS["nl"]["phrases"][phrase] != phrase
        assert phrase not in LABELS["nl"]["phrases"][phrase]
