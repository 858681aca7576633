"""sample_data/generate.py: deterministic, committed output up to date, valid planted numbers."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest
from stdnum import iban
from stdnum.nl import bsn, btw, identiteitskaartnummer

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"
DOCS = SAMPLE / "documents"
FORMATS = {"docx", "pdf", "png", "xlsx", "txt", "zip", "eml", "mp4"}


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", SAMPLE / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load()


@pytest.fixture(scope="module")
def fresh(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A full regeneration into a temporary directory (as `--out DIR`)."""
    out = tmp_path_factory.mktemp("sample")
    assert gen.main(["--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def manifest() -> dict[str, object]:
    data: dict[str, object] = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    return data


def _files(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _values(planted: dict[str, list[tuple[str, str]]], entity: str) -> list[str]:
    return [raw for values in planted.values() for e, raw in values if e == entity]


def test_planted_values_are_deterministic_and_write_nothing(gen: ModuleType) -> None:
    before = _files(DOCS)
    first, second = gen.planted_values(), _load().planted_values()
    assert first == second
    assert _files(DOCS) == before


def test_committed_manifest_and_files_match_a_fresh_run(fresh: Path) -> None:
    assert (fresh / "manifest.json").read_bytes() == (SAMPLE / "manifest.json").read_bytes()
    committed, regenerated = _files(DOCS), _files(fresh / "documents")
    assert sorted(regenerated) == sorted(committed)
    # Same bytes: fixed zip dates, docProps, PDF invariant mode. If this fails after a
    # library upgrade, rerun `.venv/bin/python sample_data/generate.py` and commit.
    assert regenerated == committed


def test_manifest_lists_every_file_and_at_least_40(
    manifest: dict[str, object], gen: ModuleType
) -> None:
    files = manifest["files"]
    assert isinstance(files, list)
    paths = [f["path"] for f in files]
    assert len(paths) >= 40 and len(set(paths)) == len(paths)
    assert sorted(paths) == sorted(_files(DOCS))
    assert set(paths) == set(gen.planted_values())
    assert {f["format"] for f in files} >= FORMATS
    assert {p.suffix.lstrip(".") for p in DOCS.rglob("*") if p.is_file()} >= FORMATS
    assert sum(p.stat().st_size for p in DOCS.rglob("*") if p.is_file()) < 3_000_000


def test_manifest_ground_truth_covers_the_rules(manifest: dict[str, object]) -> None:
    files = manifest["files"]
    assert isinstance(files, list)
    rules = {r for f in files for r in f["rules"]}
    assert rules >= {
        "bsn-on-cv",
        "bsn-outside-hr",
        "iban-on-cv",
        "id-document-on-cv",
        "special-category",
        "sickness-diagnosis",
        "retention-candidate",
        "retention-camera",
        "retention-payroll",
        "retention-id-copy",
    }
    types = {f["doc_type"] for f in files}
    assert types >= {
        "cv",
        "motivation_letter",
        "payslip",
        "employment_contract",
        "medical",
        "id_copy",
        "vog",
        "camera_footage",
        "other",
    }
    cvs = [f for f in files if f["doc_type"] == "cv"]
    clean = [f for f in cvs if not f["rules"]]
    assert len(clean) >= 10 and any(f["decoy_terms"] for f in clean)
    assert any("unlabelled" in f["notes"].lower() or "without a label" in f["notes"] for f in cvs)


def test_manifest_holds_no_raw_value(gen: ModuleType) -> None:
    text = (SAMPLE / "manifest.json").read_text(encoding="utf-8")
    planted = gen.planted_values()
    for values in planted.values():
        for _, raw in values:
            assert raw not in text
            assert raw.replace(" ", "").replace(".", "") not in text


def test_planted_numbers_pass_their_checks(gen: ModuleType) -> None:
    planted = gen.planted_values()
    bsns, decoys = _values(planted, "NL_BSN"), _values(planted, "DECOY_NUMBER")
    assert len(bsns) >= 15 and len(decoys) >= 10
    assert all(bsn.is_valid(v) for v in bsns + decoys)
    assert set(map(bsn.compact, bsns)).isdisjoint(map(bsn.compact, decoys))
    ibans = _values(planted, "IBAN_CODE")
    assert ibans and all(iban.is_valid(v) and v.startswith("NL") for v in ibans)
    assert all(identiteitskaartnummer.is_valid(v) for v in _values(planted, "NL_ID_DOCUMENT"))
    assert all(btw.is_valid(v) for v in _values(planted, "NL_VAT"))


def test_decoys_sit_next_to_order_labels(gen: ModuleType) -> None:
    import pdfplumber

    planted = gen.planted_values()
    path = next(p for p in planted if p.startswith("Financien/Facturen/"))
    with pdfplumber.open(DOCS / path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for label in ("Ordernummer:", "Factuurnummer:", "Klantnummer:"):
        assert label in text
    assert all(raw in text for e, raw in planted[path] if e == "DECOY_NUMBER")


def test_containers_hold_their_members(manifest: dict[str, object]) -> None:
    zips = [p for p in DOCS.rglob("*.zip")]
    with zipfile.ZipFile(zips[0]) as z:
        names = z.namelist()
    assert any(n.endswith(".docx") for n in names) and any(n.endswith(".pdf") for n in names)
    eml = message_from_bytes(next(DOCS.rglob("*.eml")).read_bytes())
    assert [p.get_filename() for p in eml.walk() if p.get_filename()] == ["CV.pdf"]
    wb = openpyxl.load_workbook(next(DOCS.rglob("*.xlsx")))
    assert any(ws.sheet_state == "hidden" for ws in wb.worksheets)
    assert next(DOCS.rglob("*.mp4")).read_bytes()[4:8] == b"ftyp"


def test_touch_reapplies_manifest_ages(gen: ModuleType, fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "share"
    shutil.copytree(fresh, out)  # copytree keeps mtimes: reset them like a git checkout
    for p in (out / "documents").rglob("*"):
        if p.is_file():
            p.touch()
    assert gen.main(["--out", str(out), "--touch"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    ref = datetime.fromisoformat(manifest["reference_date"]).replace(tzinfo=UTC).timestamp()
    files = manifest["files"]
    for f in files:
        age = (ref - (out / "documents" / f["path"]).stat().st_mtime) / 86400
        assert abs(age - f["age_days"]) < 1, f["path"]
    by_rule = {r: f for f in files for r in f["rules"]}
    assert by_rule["retention-candidate"]["age_days"] > 2 * 365
    assert by_rule["retention-camera"]["age_days"] > 28


def test_id_copy_mrz_survives_ocr(gen: ModuleType) -> None:
    from detectors import nl_id_document

    planted = gen.planted_values()
    path = next(p for p in planted if p.endswith(".png"))
    text = subprocess.run(
        ["tesseract", str(DOCS / path), "-", "-l", "nld+eng"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    mrz = nl_id_document.find_mrz(text)
    values = dict(planted[path])
    assert mrz and mrz[0].document_number == values["NL_ID_DOCUMENT"]
    assert mrz[0].bsn_span and text[slice(*mrz[0].bsn_span)] == values["NL_BSN"]


def test_output_does_not_depend_on_the_clock(tmp_path: Path) -> None:
    """The generator run a year and a day ahead (libfaketime) writes the committed bytes."""
    out = tmp_path / "later"
    env = {**os.environ, "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    subprocess.run(["faketime", "-f", "+366d", sys.executable, str(SAMPLE / "generate.py"),
                    "--out", str(out)], check=True, capture_output=True, env=env, timeout=120)
    assert (out / "manifest.json").read_bytes() == (SAMPLE / "manifest.json").read_bytes()
    assert _files(out / "documents") == _files(DOCS)
