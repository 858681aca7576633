"""Two members of one file under one name (a zip written twice to 'cv.txt', an e-mail with two
attachments called cv.pdf): each is a record of its own and the scan goes on. Both used to stop
the whole scan on the index's unique (path, member) key, on every resume too."""

from __future__ import annotations

import subprocess
import sys
import warnings
import zipfile
from email.message import EmailMessage
from pathlib import Path

from scanner.extract.archive import distinct_member
from tests.conftest import read_jsonl

REPO = Path(__file__).resolve().parents[2]


def _scan(root: Path, out: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scanner", "scan", str(root), "--quiet", "--workers", "1",
           "--jsonl", str(out), "--db", str(out.with_suffix(".sqlite"))]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240,
                          check=False)


def _members(out: Path) -> dict[str | None, list[str]]:
    """Each member's entities, in a dict keyed by member (a second record would be lost)."""
    records = read_jsonl(out)
    files = [r["member"] for r in records if r["type"] == "file"]
    assert len(files) == len(set(files)), files
    return {m: sorted(r["entity"] for r in records
                      if r["type"] == "finding" and r["member"] == m and r["location"] != "file name")
            for m in files}


def test_zip_with_one_name_twice(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    with warnings.catch_warnings(), zipfile.ZipFile(root / "dossiers.zip", "w") as z:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate it writes
        z.writestr("personalia.txt", "Geen gegevens")
        z.writestr("personalia.txt", "Naam: Sanne de Vries\nBSN: 111222333\n")
        z.writestr("personalia (2).txt", "IBAN: NL91ABNA0417164300\n")
    run = _scan(root, tmp_path / "out.jsonl")
    assert run.returncode == 0, run.stderr
    members = _members(tmp_path / "out.jsonl")
    assert set(members) == {None, "personalia.txt", "personalia (2).txt",
                            "personalia (2) (2).txt"}
    found = sorted(e for m in members.values() for e in m)
    assert found.count("NL_BSN") == 1 and found.count("IBAN_CODE") == 1


def test_mail_with_two_attachments_of_one_name(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Sollicitatie", "s@voorbeeld.nl", "hr@voorbeeld.nl"
    msg.set_content("Hierbij stuur ik mijn cv.")
    for body in ("Naam: Sanne de Vries\nBSN: 111222333\n", "IBAN: NL91ABNA0417164300\n"):
        msg.add_attachment(body.encode(), maintype="text", subtype="plain", filename="cv.txt")
    msg.add_attachment(b"-", maintype="text", subtype="plain", filename="a/b.txt")  # a_b.txt
    msg.add_attachment(b"-", maintype="text", subtype="plain", filename="a_b.txt")
    (root / "sollicitatie.eml").write_bytes(bytes(msg))
    run = _scan(root, tmp_path / "out.jsonl")
    assert run.returncode == 0, run.stderr
    members = _members(tmp_path / "out.jsonl")
    assert set(members) == {None, "cv.txt", "cv (2).txt", "a_b.txt", "a_b (2).txt"}
    assert members["cv.txt"].count("NL_BSN") == 1
    assert members["cv (2).txt"] == ["IBAN_CODE"]


def test_distinct_member_names() -> None:
    taken: set[str] = set()
    names = ["a.txt", "a.txt", "a (2).txt", ".profile", ".profile", "x.zip!/README",
             "x.zip!/README", "x.zip!/d.v1/README", "x.zip!/d.v1/README"]
    assert [distinct_member(n, taken) for n in names] == [
        "a.txt", "a (2).txt", "a (2) (2).txt", ".profile", ".profile (2)", "x.zip!/README",
        "x.zip!/README (2)", "x.zip!/d.v1/README", "x.zip!/d.v1/README (2)"]
