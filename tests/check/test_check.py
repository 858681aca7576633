"""Pre-upload check: library and CLI, on generated PDF and DOCX CVs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.check import check_upload, compose_message
from scanner.cli import cli
from tests.check.cvs import BSN, blank_pdf, cv_docx, cv_pdf, zip_bytes

MAKERS = {"pdf": cv_pdf, "docx": cv_docx}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_bsn_rejects_with_plain_dutch(fmt: str) -> None:
    v = check_upload(MAKERS[fmt](bsn=True), f"cv.{fmt}")
    assert not v.accepted and v.error is None
    bsn = [r for r in v.reasons if r.entity == "NL_BSN"]
    assert bsn and bsn[0].action == "reject" and bsn[0].rule == "bsn-on-cv"
    assert bsn[0].masked == "******333"
    assert "burgerservicenummer (BSN)" in v.message and "upload uw cv opnieuw" in v.message
    if fmt == "pdf":
        assert bsn[0].page == 1 and "op pagina 1" in v.message
    assert BSN not in json.dumps(v.to_json())


def test_english_message() -> None:
    v = check_upload(cv_pdf(bsn=True), "cv.pdf", lang="en")
    assert v.message.startswith("Your CV contains a citizen service number (BSN) on page 1.")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_clean_cv_is_accepted(fmt: str) -> None:
    v = check_upload(MAKERS[fmt](), f"cv.{fmt}")
    assert v.accepted and v.error is None
    assert not [r for r in v.reasons if r.action == "reject"]


def test_special_category_warns_and_says_why() -> None:
    v = check_upload(cv_pdf(special=True), "cv.pdf")
    assert v.accepted
    warn = [r for r in v.reasons if r.entity == "SPECIAL_HEALTH"]
    assert warn and all(r.action == "warn" for r in warn) and warn[0].page == 2
    assert "gezondheid" in v.message and "bijzondere persoonsgegevens" in v.message


def test_one_sentence_per_problem() -> None:
    v = check_upload(cv_pdf(bsn=True, special=True), "cv.pdf")
    assert not v.accepted
    assert v.message.count("Uw cv bevat") == len({(r.action, r.entity) for r in v.reasons})
    assert v.message.index("burgerservicenummer") < v.message.index("gezondheid")


@pytest.mark.parametrize("data, code", [
    (cv_pdf(bsn=True, password="geheim"), "encrypted"),
    (cv_pdf(bsn=True)[:400], "corrupt"),
    (zip_bytes(), "unsupported"),
])
def test_unreadable_is_an_error_not_an_accept(data: bytes, code: str) -> None:
    v = check_upload(data, "cv.pdf")
    assert not v.accepted and v.error == code and v.message and not v.reasons


def test_message_has_no_values() -> None:
    from scanner.check import Reason

    reasons = [Reason("bsn-on-cv", "NL_BSN", None, "header", "******333", "reject")]
    assert compose_message(reasons, "nl") == (
        "Uw cv bevat een burgerservicenummer (BSN) in de koptekst. "
        "Verwijder het BSN en upload uw cv opnieuw."
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("cvs")
    out = {"bsn": cv_pdf(bsn=True), "clean": cv_docx(), "locked": cv_pdf(password="x")}
    for name, data in out.items():
        (d / f"{name}.{'docx' if name == 'clean' else 'pdf'}").write_bytes(data)
    return {p.stem: p for p in d.iterdir()}


@pytest.mark.parametrize("name, code", [("clean", 0), ("bsn", 1), ("locked", 2)])
def test_cli_exit_codes(files: dict[str, Path], name: str, code: int) -> None:
    result = CliRunner().invoke(cli, ["check", str(files[name])])
    assert result.exit_code == code, result.output
    assert BSN not in result.output


def test_cli_json_english(files: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["check", str(files["bsn"]), "--json", "--lang", "en"])
    assert result.exit_code == 1
    verdict = json.loads(result.output)
    assert verdict["accepted"] is False and verdict["reasons"][0]["entity"] == "NL_BSN"
    assert verdict["message"].startswith("Your CV contains")


def test_cli_missing_file_is_error(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["check", str(tmp_path / "nope.pdf")]).exit_code == 2


def test_text_cv_in_memory() -> None:
    v = check_upload(b"Curriculum vitae\nBSN: 111222333\nErvaring: planner\n", "../../cv.txt")
    assert not v.accepted and v.reasons[0].entity == "NL_BSN" and v.reasons[0].page is None
    assert "in het document" in v.message or "in de tekst" in v.message


@pytest.mark.parametrize("data, name", [(b"", "cv.txt"), (b" \n\t\n", "cv.txt"),
                                        (blank_pdf(), "cv.pdf")])
def test_a_cv_without_readable_text_cannot_be_checked(data: bytes, name: str) -> None:
    v = check_upload(data, name)
    assert not v.accepted and v.error == "no_text" and "geen leesbare tekst" in v.message


def test_cli_check_stops_at_its_deadline(tmp_path: Path) -> None:
    """A check past --timeout is killed: exit 2, error timeout, the candidate's message."""
    big = tmp_path / "cv.txt"
    big.write_text("Jan de Vries woont in Utrecht en werkt als planner. " * 20000)
    result = CliRunner().invoke(cli, ["check", str(big), "--json", "--timeout", "0.5"])
    assert result.exit_code == 2
    assert json.loads(result.output)["error"] == "timeout"


@pytest.mark.parametrize("name, lang, place", [
    ("CV 123456782.pdf", "nl", "in de bestandsnaam"),
    ("cv_bsn-123.456.782_def.pdf", "en", "in the file name"),
])
def test_a_bsn_in_the_upload_name_rejects(name: str, lang: str, place: str) -> None:
    # the portal stores the CV under the candidate's file name: a BSN there is on the CV too
    v = check_upload(cv_pdf(), name, lang=lang)
    assert not v.accepted and v.error is None
    assert [(r.entity, r.location) for r in v.reasons if r.action == "reject"] == [
        ("NL_BSN", "file name")]
    assert place in v.message and "123456782" not in json.dumps(v.to_json())


def test_a_timed_out_pattern_is_an_error_not_an_accept() -> None:
    from detectors.base import regex_timeout, set_regex_timeout

    default = regex_timeout()
    set_regex_timeout(0.000001)  # every pattern over its budget: part of the CV unsearched
    try:
        v = check_upload(cv_pdf(bsn=True), "cv.pdf")
    finally:
        set_regex_timeout(default)
    assert (v.accepted, v.error) == (False, "timeout")
    assert "duurde te lang" in v.message
