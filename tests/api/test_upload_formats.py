"""Every CV format the candidate is told to use is checked, in the library, the CLI and the
API: a legacy Word file (.doc, an OLE2 file) and an ODT used to be refused as "not supported"
by a message that asks for DOC or ODT, and a password-protected .docx (also OLE2) was told
its type is not supported instead of that it has a password. A bomb, a malformed request and
an unknown ``lang`` get a message of their own, not "try again later" or none at all."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from scanner.check import check_upload, messages
from scanner.cli import cli
from scanner.extract.sniff import document_kind
from tests.check.cvs import cv_docx, cv_odt, cv_pdf, encrypted_office

OFFICE = Path(__file__).resolve().parents[1] / "data" / "corpus" / "wild" / "office"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


def _bomb_docx() -> bytes:
    """A DOCX whose document.xml inflates over max_ratio (30 MiB from about 30 KB)."""
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(cv_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * (30 << 20) + b"-->")
            z.writestr(info.filename, data, compresslevel=9)
    return out.getvalue()


CASES = {  # name: (bytes, declared type, error, accepted)
    "cv.doc": ((OFFICE / "doc-legacy-word97.doc").read_bytes(), "application/msword", None,
               True),
    "cv.odt": (cv_odt(bsn=True), ODT, None, False),
    "locked.docx": (encrypted_office(cv_docx()), DOCX, "encrypted", False),
    "locked.doc": ((OFFICE / "doc-encrypted-rc4.doc").read_bytes(), "application/msword",
                   "encrypted", False),
    "locked.odt": ((OFFICE / "odt-encrypted.odt").read_bytes(), ODT, "encrypted", False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_library_checks_every_cv_format(name: str) -> None:
    data, _, error, accepted = CASES[name]
    v = check_upload(data, name)
    assert (v.error, v.accepted) == (error, accepted), v.message
    if name == "cv.odt":
        assert [r.entity for r in v.reasons] == ["NL_BSN"]


def test_other_office_files_stay_unsupported() -> None:
    ods = (OFFICE / "ods-spreadsheet.ods").read_bytes()
    assert document_kind(ods, "cv.odt") == "ods"
    assert check_upload(ods, "cv.odt").error == "unsupported"


@pytest.mark.parametrize("name, code", [("cv.doc", 0), ("cv.odt", 1), ("locked.docx", 2)])
def test_cli_checks_every_cv_format(tmp_path: Path, name: str, code: int) -> None:
    path = tmp_path / name
    path.write_bytes(CASES[name][0])
    result = CliRunner().invoke(cli, ["check", str(path), "--json", "--lang", "en"])
    assert result.exit_code == code, result.output
    assert json.loads(result.output)["error"] == CASES[name][2]


@pytest.mark.parametrize("name", sorted(CASES))
def test_api_checks_every_cv_format(client: httpx.Client, name: str) -> None:
    data, ctype, error, accepted = CASES[name]
    r = client.post("/v1/check", files={"file": (name, data, ctype)})
    assert r.status_code == (422 if error else 200), r.text
    assert (r.json()["error"], r.json()["accepted"]) == (error, accepted)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bomb_is_told_so_in_both_languages(client: httpx.Client, lang: str) -> None:
    r = client.post("/v1/check", params={"lang": lang},
                    files={"file": ("cv.docx", _bomb_docx(), DOCX)})
    assert r.status_code == 422 and r.json()["error"] == "bomb"
    assert r.json()["message"] == messages()[lang]["errors"]["bomb"]


def test_an_unknown_lang_still_gets_a_message(client: httpx.Client) -> None:
    r = client.post("/v1/check", params={"lang": "de"},
                    files={"file": ("cv.pdf", cv_pdf(), "application/pdf")})
    assert r.status_code == 422
    body = r.json()
    assert body["accepted"] is False and body["message"] == messages()["nl"]["errors"]["invalid"]
    assert body["detail"][0]["loc"] == ["query", "lang"]


def test_a_malformed_request_is_not_told_to_try_later(client: httpx.Client) -> None:
    r = client.post("/v1/check", params={"lang": "en"},
                    files={"upload": ("cv.pdf", cv_pdf(), "application/pdf")})
    assert r.status_code == 400
    assert r.json()["message"] == messages()["en"]["errors"]["invalid"]
