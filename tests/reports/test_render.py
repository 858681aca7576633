"""The demo workbook opened as the DPO opens it: rendered by LibreOffice Calc (headless) to
PDF, then read back with poppler's pdftotext. It converts cleanly, fits a sane number of
pages, and its text holds the Dutch labels and none of the codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_data" / "documents"
CODES = ["NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS", "SPECIAL_HEALTH", "special-category",
         "bsn-on-cv", "bsn-outside-hr", "retention-candidate", "employment_contract",
         "motivation_letter", "camera_footage", "unchanged", "no document-type signals"]
LABELS = ["Samenvatting", "Open overtredingen", "Overtredingen per regel en ernst",
          "BSN op cv of motivatiebrief", "Bijzondere persoonsgegevens", "Arbeidsovereenkomst",
          "Hoog", "Middel", "Gescand", "Bewaartermijnen", "Zin uit de privacyverklaring",
          "Pagina 1 van", "Scan van", "Gezondheid: term verborgen"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """`make demo`'s scan (as of the sample's reference date), rendered to PDF."""
    out = tmp_path_factory.mktemp("render")
    as_of = json.loads((REPO / "sample_data" / "manifest.json").read_text())["reference_date"]
    scan = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(SAMPLES), "--report",
         str(out / "report.xlsx"), "--db", str(out / "index.sqlite"), "--workers", "2",
         "--quiet", "--as-of", as_of],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert scan.returncode == 0, scan.stderr[-2000:]
    # a private LibreOffice profile: parallel tests (and a running office) do not collide
    profile = (out / "profile").as_uri()
    convert = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(out / "report.xlsx")],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "HOME": str(out)})
    assert convert.returncode == 0, convert.stderr
    pdf = out / "report.pdf"
    assert pdf.exists(), convert.stdout + convert.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return pdf, text, convert.stdout + convert.stderr


def test_converts_without_repair(rendered: tuple[Path, str, str]) -> None:
    _, text, log = rendered
    assert not re.search(r"repair|error|corrupt", log, re.IGNORECASE), log
    for sheet in ("Samenvatting", "Bevindingen", "Bestanden", "Fouten", "Bewaartermijnen",
                  "Regels"):
        assert sheet in text  # each sheet's footer names it: every sheet was rendered


def test_page_count_is_sane(rendered: tuple[Path, str, str]) -> None:
    pdf, _, _ = rendered
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    # one page of summary, a few of findings, files, errors, retention and rules (it was 60
    # before the print setup: columns split across pages)
    assert 6 <= pages <= 20, pages


def test_pdf_text_has_the_dutch_labels_and_no_codes(rendered: tuple[Path, str, str]) -> None:
    _, text, _ = rendered
    missing = [label for label in LABELS if label not in text]
    assert not missing, missing
    found = [code for code in CODES if code in text]
    assert not found, found
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text)  # times in a readable form
    assert "burn-out" not in text.lower()
