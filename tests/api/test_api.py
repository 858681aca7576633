"""HTTP pre-upload check against real uvicorn servers."""

from __future__ import annotations

import os

import httpx
import pytest

from tests.api.conftest import MAX_UPLOAD, Server, start_server, stop_server
from tests.check.cvs import BSN, cv_docx, cv_pdf, zip_bytes

PDF, DOCX = "application/pdf", (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)


def post(client: httpx.Client, data: bytes, name: str = "cv.pdf", ctype: str = PDF,
         **kw: object) -> httpx.Response:
    return client.post("/v1/check", files={"file": (name, data, ctype)}, **kw)  # type: ignore[arg-type]


def test_healthz_and_openapi(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/v1/check"]["post"]["requestBody"]["content"]
    assert "file" in body["multipart/form-data"]["schema"]["properties"]


def test_bsn_pdf_is_rejected(client: httpx.Client) -> None:
    r = post(client, cv_pdf(bsn=True))
    assert r.status_code == 200
    v = r.json()
    assert v["accepted"] is False and v["reasons"][0]["entity"] == "NL_BSN"
    assert "pagina 1" in v["message"] and BSN not in r.text


def test_clean_docx_is_accepted_in_english(client: httpx.Client) -> None:
    r = post(client, cv_docx(), "cv.docx", DOCX, params={"lang": "en"})
    assert r.status_code == 200 and r.json()["accepted"] is True
    assert r.json()["message"] == "Your CV is fine."


def test_no_api_key_is_401(server: Server) -> None:
    r = httpx.post(f"{server.url}/v1/check", files={"file": ("cv.pdf", cv_pdf(), PDF)})
    assert r.status_code == 401
    r = httpx.post(f"{server.url}/v1/check", files={"file": ("cv.pdf", cv_pdf(), PDF)},
                   headers={"X-API-Key": "wrong"})
    assert r.status_code == 401
    # a key that is missing or wrong never works later: the message says so, in both languages
    for lang, never, later in (("nl", "helpt niet", "later opnieuw"),
                               ("en", "will not help", "try again later")):
        r = httpx.post(f"{server.url}/v1/check", params={"lang": lang},
                       files={"file": ("cv.pdf", cv_pdf(), PDF)})
        assert r.status_code == 401 and r.json()["error"] == "unauthorized"
        assert never in r.json()["message"] and later not in r.json()["message"].lower()


def test_too_large_is_413(client: httpx.Client) -> None:
    assert post(client, b"a" * (MAX_UPLOAD + 1), "cv.txt", "text/plain").status_code == 413
    # also when the client streams without announcing a length
    head = b'--zz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
    chunks = (b"x" * 65536 if n else head for n in range(20))
    r = client.post("/v1/check", content=chunks,
                    headers={"Content-Type": "multipart/form-data; boundary=zz"})
    assert r.status_code == 413


@pytest.mark.parametrize("data, name, ctype", [
    (zip_bytes(), "cv.zip", "application/zip"),  # an archive is not a CV format
    (cv_pdf(), "cv.pdf", DOCX),  # declared type does not match the bytes
])
def test_unsupported_or_mismatched_is_415(client: httpx.Client, data: bytes, name: str,
                                          ctype: str) -> None:
    assert post(client, data, name, ctype).status_code == 415


def test_not_multipart_is_415(client: httpx.Client) -> None:
    assert client.post("/v1/check", content=cv_pdf()).status_code == 415


@pytest.mark.parametrize("data, code", [
    (cv_pdf(bsn=True, password="geheim"), "encrypted"),
    (cv_pdf(bsn=True)[:400], "corrupt"),
])
def test_corrupt_or_encrypted_is_422(client: httpx.Client, data: bytes, code: str) -> None:
    r = post(client, data)
    assert r.status_code == 422
    assert r.json()["error"] == code and r.json()["message"]


def _own_server(*args: str) -> Server:
    """A server of its own (options the shared one does not have), no API key."""
    env = {k: v for k, v in os.environ.items() if k != "PRIVACYSCAN_API_KEY"}
    return start_server(list(args), env)


def test_timeout_is_503_and_the_server_recovers() -> None:
    server = _own_server("--workers", "1", "--timeout", "0.001")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            text = "Jan de Vries woont in Utrecht en werkt als planner. " * 5000
            r = c.post("/v1/check", files={"file": ("cv.txt", text.encode(), "text/plain")})
            assert r.status_code == 503 and r.json()["error"] == "timeout"
            assert c.get("/healthz").status_code == 200
    finally:
        stop_server(server)


def test_thread_mode_and_missing_field() -> None:
    server = _own_server("--workers", "0")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            assert c.post("/v1/check", files={"other": ("a.txt", b"x")}).status_code == 400
            r = c.post("/v1/check", files={"file": ("cv.pdf", cv_pdf(bsn=True), PDF)})
            assert r.status_code == 200 and r.json()["accepted"] is False
    finally:
        stop_server(server)
