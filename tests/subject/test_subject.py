"""Data-subject search: a real scan of a folder, then `privacyscan subject` over its index."""

from __future__ import annotations

import io
import random
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner
from faker import Faker
from stdnum.nl import bsn as stdnum_bsn

from scanner.cli import cli
from scanner.pipeline import ScanOptions, run_scan
from scanner.subject import SubjectError, identifiers
from tests.check.cvs import cv_docx, cv_pdf

fake = Faker("nl_NL")
fake.seed_instance(9)


def valid_bsn(rng: random.Random) -> str:
    while True:
        n = f"{rng.randrange(10**8, 10**9):09d}"
        if stdnum_bsn.is_valid(n):
            return n


RNG = random.Random(9)
PERSON = {"bsn": valid_bsn(RNG), "email": "a.jansen84@example.nl", "iban": fake.iban()}
OTHER = {"bsn": valid_bsn(RNG), "email": "p.bakker@example.org"}


def _docx(lines: list[str]) -> bytes:
    import docx

    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, data)
    return buf.getvalue()


def _eml(name: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "hr@example.nl", "dpo@example.nl", "Stukken"
    msg.set_content("Zie bijlage.")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes()


def _person_files(root: Path) -> None:
    p, o = PERSON, OTHER
    (root / "cv_a.docx").write_bytes(_docx([
        "Curriculum vitae", f"BSN: {p['bsn']}", f"E-mail: {p['email']}", "Ervaring: planner."]))
    payslip = (f"Loonstrook maart\nBurgerservicenummer: {p['bsn']}\n"
               f"Uitbetaald op rekening IBAN {p['iban']}\n").encode()
    (root / "salaris").mkdir()
    (root / "salaris" / "loonstroken.zip").write_bytes(_zip("2024/maart.txt", payslip))
    (root / "mail.eml").write_bytes(_eml("aanvraag.pdf", _pdf_with(f"BSN: {p['bsn']}")))
    (root / "cv_b.docx").write_bytes(_docx([
        "Curriculum vitae", f"BSN: {o['bsn']}", f"E-mail: {o['email']}"]))
    (root / "clean.pdf").write_bytes(cv_pdf())
    (root / "clean.docx").write_bytes(cv_docx())


def _pdf_with(line: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(60, 800, "Aanvraag uitbetaling")
    c.drawString(60, 780, line)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("share")
    _person_files(root)
    db = tmp_path_factory.mktemp("idx") / "index.sqlite"
    mp = pytest.MonkeyPatch()
    mp.setenv("PRIVACYSCAN_KEY", "subject-test-key")
    try:
        run_scan(ScanOptions(roots=(str(root),), db_path=db, workers=1))
    finally:
        mp.undo()
    return db


def subject(db: Path, *args: str, key: str = "subject-test-key") -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["subject", "--db", str(db), *args],
                                env={"PRIVACYSCAN_KEY": key, "COLUMNS": "400"})
    return result.exit_code, result.output


def test_found_in_all_three_and_nowhere_else(scanned: Path) -> None:
    code, out = subject(scanned, "--bsn", PERSON["bsn"])
    assert code == 0, out
    assert "3 file(s)." in out
    for place in ("cv_a.docx", "loonstroken.zip", "2024/maart.txt", "mail.eml", "aanvraag.pdf"):
        assert place in out
    assert "cv_b.docx" not in out and "clean" not in out


def test_several_identifiers_rank_first(scanned: Path) -> None:
    code, out = subject(scanned, "--bsn", PERSON["bsn"], "--email", PERSON["email"],
                        "--iban", PERSON["iban"])
    assert code == 0
    lines = [line for line in out.splitlines() if ".docx" in line or ".zip" in line
             or ".eml" in line]
    assert "2 identifier(s)" in lines[0] and "1 identifier(s)" in lines[-1]


def test_wrong_key_finds_nothing(scanned: Path) -> None:
    code, out = subject(scanned, "--bsn", PERSON["bsn"], key="another-key-not-the-scans")
    assert code == 0 and "No file" in out and "cv_a" not in out


def test_invalid_value_is_error_without_echo(scanned: Path) -> None:
    code, out = subject(scanned, "--bsn", "123456789")  # fails the 11-check
    assert code == 2 and "--bsn" in out and "123456789" not in out


def test_name_alone_is_weak(scanned: Path) -> None:
    code, out = subject(scanned, "--name", "Anna Jansen")
    assert code == 0
    assert "No file" in out or "weak" in out


def test_lookup_ranks_and_flags() -> None:
    from scanner.subject import rank

    ids = identifiers({"bsn": ["111222333"], "name": ["Jan Jansen"]}, b"k")
    bsn, name = ids[0].fingerprint, ids[1].fingerprint
    rows = [("a", "", "page 1", "PERSON", name, "cv", "2024-01-01"),
            ("b", "", "page 1", "NL_BSN", bsn, "cv", "2024-01-01"),
            ("b", "", "page 2", "PERSON", name, "cv", "2024-01-01")]
    hits = rank(rows, ids)
    assert [(h.path, h.matched, h.weak) for h in hits] == [("b", 2, False), ("a", 1, True)]
    assert hits[0].locations == ("page 1", "page 2")
    with pytest.raises(SubjectError, match="--bsn") as e:
        identifiers({"bsn": ["111222334"]}, b"k")
    assert "111222334" not in str(e.value)


def test_privacy_grep_over_all_outputs(scanned: Path, tmp_path: Path) -> None:
    report = tmp_path / "subject.xlsx"
    args = ["--bsn", PERSON["bsn"], "--email", PERSON["email"], "--iban", PERSON["iban"]]
    code, out = subject(scanned, *args, "--report", str(report))
    assert code == 0, out
    blobs = {"stdout": out.encode()}
    with zipfile.ZipFile(report) as z:  # xlsx is zipped XML: grep the inflated parts
        blobs["report"] = b"".join(z.read(n) for n in z.namelist())
    for f in scanned.parent.iterdir():
        blobs[f"index {f.name}"] = f.read_bytes()
    raw = [PERSON["bsn"], PERSON["email"], PERSON["iban"], PERSON["iban"].replace(" ", "")]
    for where, blob in blobs.items():
        for value in raw:
            assert value.encode() not in blob, f"raw value in {where}"
    assert b"******" in blobs["report"]  # the header shows the masked values


def test_report_has_an_action_column(scanned: Path, tmp_path: Path) -> None:
    import openpyxl

    report = tmp_path / "subject.xlsx"
    assert subject(scanned, "--bsn", PERSON["bsn"], "--report", str(report))[0] == 0
    cells = [str(c.value).lower() for ws in openpyxl.load_workbook(report).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("action" in c or "actie" in c for c in cells)
    assert any("loonstroken.zip" in c for c in cells)


def test_report_names_what_was_searched_in_words(scanned: Path, tmp_path: Path) -> None:
    """The DPO reads "BSN: ******333", not the command line's option names."""
    import openpyxl

    report = tmp_path / "subject.xlsx"
    args = ["--bsn", PERSON["bsn"], "--email", PERSON["email"], "--report", str(report)]
    assert subject(scanned, *args)[0] == 0
    searched = str(openpyxl.load_workbook(report).worksheets[0]["B1"].value)
    assert searched.startswith("BSN: ***") and ", E-mailadres: " in searched
    assert "--" not in searched and PERSON["bsn"] not in searched


def test_piped_output_is_one_line_a_file_with_the_whole_path(tmp_path: Path) -> None:
    """Piped (not a terminal), grep finds every file: one line each, the whole path, the
    control characters of a hostile name escaped; --json gives the same as a document."""
    import json

    deep = tmp_path / "share" / ("Personeelsdossiers uit dienst " * 3).strip() / "2019"
    deep.mkdir(parents=True)
    bsn = PERSON["bsn"]
    for name in ("cv_lange_naam_van_een_kandidaat_met_meerdere_voornamen.txt",
                 "cv\x1b[2Jnep\nregel.txt"):
        (deep / name).write_text(f"Curriculum vitae\nBSN: {bsn}\n", encoding="utf-8")
    db = tmp_path / "i.sqlite"
    env = {"PRIVACYSCAN_KEY": "subject-pipe-key-not-secret"}
    runner = CliRunner()
    scan = runner.invoke(cli, ["scan", str(tmp_path / "share"), "--db", str(db), "--jsonl",
                               str(tmp_path / "o.jsonl"), "--workers", "1", "--quiet"], env=env)
    assert scan.exit_code == 0, scan.output
    result = runner.invoke(cli, ["subject", "--db", str(db), "--bsn", bsn],
                           env={**env, "COLUMNS": "80"})
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line]
    assert len(lines) == 2, lines
    assert any(line.split("\t")[0] == str(deep / "cv_lange_naam_van_een_kandidaat_met_"
                                              "meerdere_voornamen.txt") for line in lines)
    hostile = next(line for line in lines if "nep" in line)
    assert "\x1b" not in hostile and "cv\\x1b[2Jnep\\x0aregel.txt" in hostile
    assert bsn not in result.output
    doc = json.loads(runner.invoke(cli, ["subject", "--db", str(db), "--bsn", bsn, "--json"],
                                   env=env).stdout)
    assert len(doc["files"]) == 2 and doc["search"][0]["option"] == "bsn"
    assert bsn not in json.dumps(doc)
