"""Fuzz-style: a share of generated hostile names (control characters, invalid UTF-8, 255-byte
names, identifiers, formula prefixes, names of spaces, direction overrides), in files, ZIP
members and e-mail attachments, scanned twice by the real CLI in a real process. The
workbook opens, every file is in it (cleaned), and no raw identifier reaches any output."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from reports.shown import shown
from scanner.sources.fileshare import display_path

REPO = Path(__file__).resolve().parents[2]
# synthetic, checksum-valid: two BSNs (11-check), an IBAN (mod-97), an address, a phone
RAW = ["111222333", "123456782", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00",
       "jan.jansen@voorbeeld.nl", "0612345678"]
TERMINAL_UNSAFE = ["\x1b", "\x07", "\u202e", "\u2066"]
CONTENT = b"Curriculum vitae\nOpleiding\nBSN: 111222333\n"


def _names(rng: random.Random) -> list[bytes]:
    """The hostile names, as bytes (what a share may hold), plus a few random ones."""
    fixed = [
        b"a\x07.txt", b"cv\x1b[2J\x07.txt", b"tab\there.txt", b"new\nline.txt",
        b"del\x7f.txt", "c1\u0085.txt".encode(), b"cv_\xff\xfe.txt", b"\xc3(.txt",
        b"\x80lead.txt", b"a" * 251 + b".txt", "é".encode() * 125 + b".txt",
        b"loonstrook_111222333_2024.txt", b"cv_123456782.txt", b"NL91ABNA0417164300.txt",
        b"NL91 ABNA 0417 1643 00 cv.txt", b"cv_jan.jansen@voorbeeld.nl.txt",
        b"bel 0612345678.txt", b"=1+1.txt", b"+cmd.txt", b"-2+3.txt", b"@SUM(1).txt",
        b'=HYPERLINK("x","y").txt', b"=cv_111222333.txt", b"   ", b" ",
        "cv_\u202efdp.exe".encode(), "\u2066x\u2069.txt".encode(),
    ]
    alphabet = [bytes([c]) for c in range(1, 256) if c not in (0x2F, 0x2E)] + [b"_111222333_"]
    randoms = [b"r" + b"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
               for _ in range(12)]
    return fixed + randoms


def _zip(path: Path) -> list[str]:
    members = ["../cv_123456782.txt", "ok\x07/NL91ABNA0417164300.txt", "=cv.txt",
               "map_111222333/\u202ecv.txt", "a\x1b[31m.txt"]
    with zipfile.ZipFile(path, "w") as z:
        for m in members:
            z.writestr(m, CONTENT)
    return members


def _eml(path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "sollicitatie@voorbeeld.nl", "cv"
    msg.set_content("zie bijlage")
    for n in range(2):
        msg.add_attachment(CONTENT, maintype="text", subtype="plain", filename=f"x{n}")
    raw = msg.as_bytes().replace(b'filename="x0"', b"filename*=utf-8''cv%1B%5B2J%07.txt")
    path.write_bytes(raw.replace(b'filename="x1"', b'filename="cv_111222333.txt"'))


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[bytes]]:
    root = tmp_path_factory.mktemp("hostile") / "share"
    (root / "dossier_111222333").mkdir(parents=True)
    made = []
    for name in _names(random.Random(17)):
        path = os.path.join(os.fsencode(root), name)
        if not os.path.exists(path):
            with open(path, "wb") as fh:
                fh.write(CONTENT)
            made.append(path)
    for extra in ("dossier_111222333/cv.txt", "z.zip", "mail.eml"):
        made.append(os.fsencode(root / extra))
    (root / "dossier_111222333" / "cv.txt").write_bytes(CONTENT)
    _zip(root / "z.zip")
    _eml(root / "mail.eml")
    return root, made


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI; the exit code is asserted by the tests."""
    return subprocess.run([sys.executable, "-m", "scanner", *args], check=False, cwd=REPO,
                          timeout=600, capture_output=True, text=True, errors="surrogateescape",
                          env={**os.environ, "PRIVACYSCAN_KEY": "hostile-names-key-not-secret", "COLUMNS": "400"})


@pytest.fixture(scope="module")
def scanned(share: tuple[Path, list[bytes]], tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, Any]:
    root, _ = share
    out = tmp_path_factory.mktemp("out")
    args = ["-v", "scan", str(root), "--report", str(out / "r.xlsx"), "--jsonl",
            str(out / "r.jsonl"), "--db", str(out / "i.sqlite"), "--workers", "2"]
    runs = [_run(*args) for _ in range(2)]  # the second carries findings forward
    subject = _run("subject", "--bsn", "111222333", "--db", str(out / "i.sqlite"), "--report",
                   str(out / "s.xlsx"))
    return {"out": out, "runs": runs, "subject": subject}


def _xml_texts(xlsx: Path) -> str:
    with zipfile.ZipFile(xlsx) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist())


def test_every_run_succeeds_and_the_workbooks_open(scanned: dict[str, Any]) -> None:
    for proc in [*scanned["runs"], scanned["subject"]]:
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "Traceback" not in proc.stderr
    assert "unchanged" in scanned["runs"][1].stdout
    for name in ("r.xlsx", "s.xlsx"):
        wb = openpyxl.load_workbook(scanned["out"] / name)
        assert wb.worksheets


def test_every_file_is_listed_cleaned(share: tuple[Path, list[bytes]],
                                      scanned: dict[str, Any]) -> None:
    _, made = share
    wb = openpyxl.load_workbook(scanned["out"] / "r.xlsx")
    listed = [(r[0], r[1]) for r in wb["Bestanden"].iter_rows(min_row=2, values_only=True)]
    paths = {p for p, member in listed if member is None}
    for path in made:
        assert shown(display_path(os.fsdecode(path))) in paths, path
    assert len(paths) == len(made)
    members = {m for _, m in listed if m}
    assert {"../cv_******782.txt", "ok\\x07/***************300.txt", "'=cv.txt",
            "map_******333/\\u202ecv.txt", "a\\x1b[31m.txt", "cv\\x1b[2J\\x07.txt",
            "cv_******333.txt"} <= members
    for row in wb["Bestanden"].iter_rows(min_row=2, values_only=True):
        for cell in row:
            if isinstance(cell, str):
                assert not cell.startswith(("=", "+", "-", "@")), cell
                assert not any(c in cell for c in TERMINAL_UNSAFE), cell


def test_no_raw_identifier_in_any_output(scanned: dict[str, Any]) -> None:
    out = scanned["out"]
    texts = {"jsonl": (out / "r.jsonl").read_text(encoding="utf-8"),
             "report": _xml_texts(out / "r.xlsx"), "subject report": _xml_texts(out / "s.xlsx")}
    for n, proc in enumerate([*scanned["runs"], scanned["subject"]]):
        texts[f"stdout {n}"], texts[f"stderr {n}"] = proc.stdout, proc.stderr
    for where, text in texts.items():
        for raw in RAW:
            assert raw not in text, (where, raw)
    for where in ("stdout 0", "stderr 0", "stdout 2"):
        assert not any(c in texts[where] for c in TERMINAL_UNSAFE), where


def test_names_are_findings_judged_by_the_policy(scanned: dict[str, Any]) -> None:
    recs = [json.loads(x) for x in (scanned["out"] / "r.jsonl").read_text().splitlines()]
    in_names = [r for r in recs if r["type"] == "finding" and r["location"] == "file name"]
    by_name = {(Path(r["path"]).name, r["member"]): r for r in in_names}
    cv = by_name[("cv_******782.txt", None)]
    assert (cv["entity"], cv["masked"], cv["rule"]) == ("NL_BSN", "******782", "bsn-on-cv")
    assert {r["entity"] for r in in_names} >= {"NL_BSN", "IBAN_CODE", "EMAIL_ADDRESS",
                                               "PHONE_NUMBER"}
    unsafe = next(r for r in recs if r["type"] == "file" and r["member"] == "../cv_******782.txt")
    assert (unsafe["error"], unsafe["rules"]) == ("unsafe_path", ["unscannable"])
    assert by_name[("z.zip", "../cv_******782.txt")]["rule"] == "bsn-on-cv"


def test_links_point_at_a_folder_without_the_identifier(scanned: dict[str, Any]) -> None:
    with zipfile.ZipFile(scanned["out"] / "r.xlsx") as z:
        rels = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".rels"))
    assert "file://" in rels and "dossier_" not in rels and "loonstrook" not in rels


def test_folder_names_are_findings_judged_by_the_policy(scanned: dict[str, Any]) -> None:
    """A folder named with a BSN is a finding of every file in it (masked, location 'folder
    name'), as a file name is: on the share and inside an archive."""
    recs = [json.loads(x) for x in (scanned["out"] / "r.jsonl").read_text().splitlines()]
    found = {(Path(r["path"]).name, r["member"]): r for r in recs
             if r["type"] == "finding" and r["location"] == "folder name"}
    cv = found[("cv.txt", None)]
    assert Path(cv["path"]).parent.name == "dossier_******333"
    assert (cv["entity"], cv["masked"], cv["rule"]) == ("NL_BSN", "******333", "bsn-on-cv")
    assert found[("z.zip", "map_******333/\u202ecv.txt")]["masked"] == "******333"
    assert len(found) == 2  # the share's other folders and the archive's own file: none


@pytest.mark.parametrize(("path", "member", "expected"), [
    ("/s/dossier_111222333/cv.txt", None, [("NL_BSN", "******333")]),
    ("/s/111222333/a/123456782/cv.txt", None, [("NL_BSN", "******333"), ("NL_BSN", "******782")]),
    ("/s/dossier_111222333.txt", None, []),  # the file's own name: a 'file name' finding
    ("smb://jan.jansen@voorbeeld.nl/hr/cv.txt", None, []),  # the scan's account, not a person
    ("/s/dossier_111222333/z.zip", "a/cv.txt", []),  # the archive's folder: the archive's record
    ("/s/z.zip", "x.zip!/NL91ABNA0417164300/cv.txt", [("IBAN_CODE", "***************300")]),
])
def test_folder_findings(path: str, member: str | None, expected: list[tuple[str, str]]) -> None:
    from datetime import UTC, datetime

    from scanner.models import FileRecord, SourceItem
    from scanner.scan_item import folder_findings

    when = datetime(2026, 1, 1, tzinfo=UTC)
    item = SourceItem(path=path, member=member, size=1, modified=when)
    record = FileRecord(path=path, member=member, status="scanned", error=None, doc_type="cv",
                        size=1, modified=when, ocr=False)
    found = folder_findings(record, item, b"k" * 16)
    assert [(f.entity, f.masked) for f in found] == expected
    assert all(f.location == "folder name" for f in found)
