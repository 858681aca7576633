"""A text longer than max_text_chars is searched up to the limit: the file used to say
"scanned" (no error, no rule) while the rest went unread, so a BSN past 20 million
characters of a log or an export was missed without a word. Now it is `too_large` (so
`unscannable`) and what was found before the cut is kept, as a detector timeout does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import read_jsonl

REPO = Path(__file__).resolve().parents[2]
HEAD = "Notitie\nNaam: Sanne de Vries\nBSN: 111222333\n"
FILLER = "De planning voor volgende week is rond en gedeeld met het team.\n" * 100
TAIL = "BSN: 123456782\n"
BODIES = {
    "notitie.txt": HEAD + FILLER + TAIL,
    "notitie.html": f"<html><body><p>{HEAD}</p><p>{FILLER}</p><p>{TAIL}</p></body></html>",
    "notitie.rtf": "{\\rtf1\\ansi " + (HEAD + FILLER + TAIL).replace("\n", "\\par ") + "}",
    "kort.txt": HEAD,
}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    root = tmp_path_factory.mktemp("cut") / "share"
    root.mkdir()
    for name, body in BODIES.items():
        (root / name).write_text(body, encoding="utf-8")
    out = root.parent / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "scanner", "scan", str(root), "--quiet",
                          "--workers", "1", "--jsonl", str(out), "--limit",
                          "max_text_chars=2000"], cwd=REPO, capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    by_file: dict[str, list[dict[str, object]]] = {}
    for r in read_jsonl(out):
        by_file.setdefault(Path(str(r["path"])).name, []).append(r)
    return by_file


@pytest.mark.parametrize("name", ["notitie.txt", "notitie.html", "notitie.rtf"])
def test_a_text_cut_short_is_too_large_and_keeps_its_findings(
        records: dict[str, list[dict[str, object]]], name: str) -> None:
    [file] = [r for r in records[name] if r["type"] == "file"]
    assert (file["status"], file["error"], file["rules"]) == ("error", "too_large",
                                                              ["unscannable"])
    bsns = [r["masked"] for r in records[name] if r.get("entity") == "NL_BSN"]
    assert bsns == ["******333"]  # the one past the cut was never read


def test_a_text_within_the_limit_is_scanned(
        records: dict[str, list[dict[str, object]]]) -> None:
    [file] = [r for r in records["kort.txt"] if r["type"] == "file"]
    assert (file["status"], file["error"]) == ("scanned", None)
