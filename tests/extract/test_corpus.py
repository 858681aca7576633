"""The real-world and hostile corpora (tests/data/corpus): every file gives a file record with
text or its expected SPEC error, and nothing crashes or hangs (corpus/wild/README.md)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "corpus"
SPEC_ERRORS = {"encrypted", "corrupt", "too_large", "timeout", "unsupported",
               "permission_denied", "bomb", "unsafe_path"}


def _scan(folder: Path, out: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PRIVACYSCAN_KEY": "corpus-test-key-not-secret"}
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(folder), "--jsonl", str(out),
                    "--db", str(out.with_suffix(".sqlite")), "--workers", "2", "--quiet",
                    "--timeout", "90"], check=True, env=env, cwd=REPO, timeout=900)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    with open(folder / "MANIFEST.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {r["file"]: r for r in rows}


def _outcomes(recs: list[dict[str, Any]], base: Path) -> dict[str, list[dict[str, Any]]]:
    by_file: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        if r["type"] == "file":
            by_file.setdefault(os.path.relpath(r["path"], base), []).append(r)
    return by_file


@pytest.fixture(scope="module")
def wild(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    folder = CORPUS / "wild"
    return _outcomes(_scan(folder, tmp_path_factory.mktemp("wild") / "o.jsonl"), folder)


def _accepts(expected: str, records: list[dict[str, Any]]) -> bool:
    top = next(r for r in records if r["member"] is None)
    members = [r for r in records if r["member"] is not None]
    errors = {r["error"] for r in records if r["error"]}
    if expected in ("text", "image-only"):
        # legacy .xls/.ppt are read in-process; only .doc needs a system tool (antiword)
        no_antiword = top["path"].endswith(".doc") and shutil.which("antiword") is None
        return top["status"] == "scanned" or (no_antiword and top["error"] == "unsupported")
    if expected == "encrypted":
        return top["error"] == "encrypted" or "encrypted" in {r["error"] for r in members}
    if expected == "corrupt":
        return top["status"] == "scanned" or top["error"] in ("corrupt", "timeout")
    if expected == "bomb":
        return "bomb" in errors
    if expected == "traversal":
        return "unsafe_path" in errors and any(
            r["status"] == "scanned" and r["member"].endswith("good.txt") for r in members)
    return top["error"] == expected


@pytest.mark.slow
def test_every_wild_file_gives_its_expected_outcome(wild: dict[str, list[dict]]) -> None:
    manifest = _manifest(CORPUS / "wild")
    wrong = {f: (row["expected"], [(r["member"], r["status"], r["error"]) for r in
                                   wild.get(f, [])][:3])
             for f, row in manifest.items()
             if f not in wild or not _accepts(row["expected"], wild[f])}
    assert not wrong
    for records in wild.values():
        for r in records:
            assert r["status"] in ("scanned", "error") and (r["error"] in SPEC_ERRORS or
                                                            r["error"] is None)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return _scan(CORPUS / "hostile", tmp_path_factory.mktemp("hostile") / "o.jsonl")


def test_hostile_files(hostile: list[dict[str, Any]]) -> None:
    out = _outcomes(hostile, CORPUS / "hostile")
    top = {f: next(r for r in rs if r["member"] is None) for f, rs in out.items()}
    assert top["bomb-flat.zip"]["error"] == "bomb"
    assert any(r["error"] == "bomb" for r in out["bomb-nested.zip"])
    assert any(r["error"] == "bomb" for r in out["deep-12-levels.zip"])
    assert top["encrypted-cv.docx"]["error"] == "encrypted"
    assert top["encrypted.zip"]["error"] == "encrypted"
    assert top["garbage.pdf"]["error"] == "corrupt"
    assert top["garbage.docx"]["status"] == "error"
    traversal = {r["member"]: r for r in out["traversal.zip"]}
    assert traversal["ok/cv.txt"]["status"] == "scanned"
    assert sum(r["error"] == "unsafe_path" for r in traversal.values()) == 2
    assert not Path("/tmp/evil_cv.txt").exists() and not Path("/etc/evil_abs.txt").exists()
    for name in ("plain-cv.docx", "docx-renamed.pdf", "pdf-renamed.txt", "utf16-cv.txt",
                 "cp1252-cv.txt", "cv_Jürgen_Ødegård_😀.txt"):
        assert top[name]["status"] == "scanned", name


def test_hostile_bsns_are_found_where_planted(hostile: list[dict[str, Any]]) -> None:
    bsn_files = {os.path.basename(r["path"]) for r in hostile
                 if r["type"] == "finding" and r["entity"] == "NL_BSN"}
    assert {"plain-cv.docx", "utf16-cv.txt", "cp1252-cv.txt", "docx-renamed.pdf",
            "cv_Jürgen_Ødegård_😀.txt"} <= bsn_files
