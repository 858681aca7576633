"""The portal's side of the API against real uvicorn servers: start-up and auth, the
OpenAPI key scheme, text-free files, candidate messages on every refusal, and the bounds
(OCR kept apart from text checks, full queues, deadlines, slow and too many uploads)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from scanner.check import messages
from tests.api.conftest import API_KEY, REPO, Server, free_port, start_server, stop_server
from tests.check.cvs import blank_pdf, cv_pdf, scanned_pdf, zip_bytes

PDF = "application/pdf"
HEAVY = ("Jan de Vries woont in Utrecht en werkt als planner. " * 4000).encode()


def post(url: str, data: bytes, name: str = "cv.pdf", ctype: str = PDF,
         timeout: float = 120, **params: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/check", files={"file": (name, data, ctype)}, params=params,
                      headers={"X-API-Key": API_KEY}, timeout=timeout)


def test_serve_prints_its_url_and_that_a_key_is_required(server: Server) -> None:
    line = server.process.stderr.readline().decode()  # type: ignore[union-attr]
    assert f"{server.url}/v1/check" in line and "API key required" in line


def test_non_loopback_host_without_key_refuses_to_start() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PRIVACYSCAN_API_KEY"}
    proc = subprocess.run([sys.executable, "-m", "scanner", "serve", "--host", "0.0.0.0",
                           "--port", str(free_port())], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert "--insecure-no-auth" in proc.stderr and "Traceback" not in proc.stderr
    s = start_server(["--host", "0.0.0.0", "--insecure-no-auth", "--workers", "0"], env)
    try:
        assert "no API key required" in s.process.stderr.readline().decode()  # type: ignore[union-attr]
        r = httpx.post(f"{s.url}/v1/check", files={"file": ("cv.pdf", cv_pdf(), PDF)},
                       timeout=60)
        assert r.status_code == 200
    finally:
        stop_server(s)


def test_openapi_declares_the_api_key_scheme(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    scheme = schema["components"]["securitySchemes"]["ApiKey"]
    assert scheme["type"] == "apiKey" and scheme["in"] == "header"
    assert scheme["name"] == "X-API-Key"
    assert {"ApiKey": []} in schema["paths"]["/v1/check"]["post"]["security"]


@pytest.mark.parametrize("data, name, ctype", [
    (b"", "cv.txt", "text/plain"),  # empty
    (b"   \n\n  ", "cv.txt", "text/plain"),  # only white space
    (blank_pdf(), "cv.pdf", PDF),  # a page without text or images
])
def test_a_file_without_readable_text_is_rejected(server: Server, data: bytes, name: str,
                                                   ctype: str) -> None:
    r = post(server.url, data, name, ctype)
    assert r.status_code == 422
    assert r.json()["error"] == "no_text" and r.json()["accepted"] is False
    assert "geen leesbare tekst" in r.json()["message"]


def test_refusals_carry_the_candidates_message_in_the_requested_language(
        server: Server) -> None:
    en = messages()["en"]["errors"]
    big = post(server.url, b"a" * 400_000, "cv.txt", "text/plain", lang="en")
    assert big.status_code == 413 and big.json()["message"] == en["too_large"]
    archive = post(server.url, zip_bytes(), "cv.zip", "application/zip", lang="en")
    assert archive.status_code == 415 and archive.json()["message"] == en["unsupported"]
    raw = httpx.post(f"{server.url}/v1/check", content=cv_pdf(), params={"lang": "en"},
                     headers={"X-API-Key": API_KEY})
    assert raw.status_code == 415 and raw.json()["message"] == en["unsupported"]
    nl = post(server.url, zip_bytes(), "cv.zip", "application/zip")
    assert nl.json()["message"] == messages()["nl"]["errors"]["unsupported"]


def test_unknown_lang_is_422(server: Server) -> None:
    assert post(server.url, cv_pdf(), lang="de").status_code == 422


def test_ocr_checks_do_not_hold_back_text_checks(server: Server) -> None:
    """Two scanned CVs go to the OCR lane; a text CV sent after them is answered while
    they are still being read."""
    with ThreadPoolExecutor(3) as pool:
        scans = [pool.submit(post, server.url, scanned_pdf(1), f"scan{n}.pdf")
                 for n in range(2)]
        time.sleep(1.0)  # both are in the OCR lane
        text = post(server.url, cv_pdf(bsn=True))
        pending = sum(not f.done() for f in scans)
        assert text.status_code == 200 and text.json()["accepted"] is False
        assert pending >= 1
        assert [f.result().status_code for f in scans] == [200, 200]


@pytest.fixture(scope="module")
def tight() -> Iterator[Server]:
    """A server with one text worker, a queue of two, one upload slot, short deadlines."""
    env = {**os.environ, "PRIVACYSCAN_API_KEY": API_KEY}
    s = start_server(["--workers", "1", "--max-queue", "2", "--max-uploads", "1",
                      "--read-timeout", "2", "--deadline", "8", "--ocr-timeout", "1"], env)
    yield s
    stop_server(s)


def _slow_upload(url: str) -> socket.socket:
    """A client that announces a body and then sends almost nothing of it."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall(b"POST /v1/check?lang=en HTTP/1.1\r\nHost: x\r\nX-API-Key: " + API_KEY.encode()
                 + b"\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
                 b"Content-Length: 100000\r\n\r\n--zz\r\n")
    return sock


def _response(sock: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < int(
            data.lower().split(b"content-length: ")[1].split(b"\r\n")[0]):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data.decode()


def test_slow_upload_is_cut_off_and_holds_the_only_slot(tight: Server) -> None:
    sock = _slow_upload(tight.url)
    try:
        time.sleep(0.5)
        busy = post(tight.url, cv_pdf())
        assert busy.status_code == 503 and busy.headers["Retry-After"]
        assert busy.json()["error"] == "busy"
        sock.settimeout(30)
        answer = _response(sock)
        assert answer.startswith("HTTP/1.1 408") and "took too long" in answer
        assert messages()["en"]["errors"]["slow_upload"] in answer
    finally:
        sock.close()
    assert post(tight.url, cv_pdf()).status_code == 200  # the slot is free again


def test_full_queue_is_503_with_retry_after(tight: Server) -> None:
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda n: post(tight.url, HEAVY, f"cv{n}.txt", "text/plain"),
                                range(6)))
    codes = [a.status_code for a in answers]
    busy = [a for a in answers if a.status_code == 503 and a.json()["error"] == "busy"]
    assert busy, codes
    assert all(a.headers.get("Retry-After") for a in busy)
    assert 200 in codes or any(a.json().get("error") == "timeout" for a in answers), codes


def test_a_check_past_its_deadline_is_503_and_the_server_recovers(tight: Server) -> None:
    # OCR of four scanned pages takes seconds (tesseract alone needs ~1 s a page): over 1 s
    r = post(tight.url, scanned_pdf(4), "scan.pdf")
    assert r.status_code == 503 and r.json()["error"] == "timeout"
    assert post(tight.url, cv_pdf()).status_code == 200
