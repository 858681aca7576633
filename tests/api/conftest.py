"""A real uvicorn server on a free loopback port, started once for the API tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.children import end_with_parent

REPO = Path(__file__).resolve().parents[2]
API_KEY = "test-api-key-not-secret"
MAX_UPLOAD = 300_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Server:
    url: str
    process: subprocess.Popen[bytes]


def start_server(args: list[str], env: dict[str, str], ready_s: float = 90.0,
                 cwd: Path = REPO) -> Server:
    """`privacyscan serve` on a free port, once /healthz answers (cwd: the code to run)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "scanner", "serve", "--port", str(port), *args],
        cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: stop_server ends its workers too
        preexec_fn=end_with_parent,  # noqa: PLW1509 - a prctl only
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + ready_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return Server(url, process)
        except httpx.HTTPError:
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError("server did not start")


def stop_server(server: Server) -> None:
    """SIGTERM (a graceful shutdown ends the check workers), then SIGKILL to the group: a
    server killed on a loaded machine before its shutdown ended must not leave its workers
    behind as orphans (make test under load 20 left two a run)."""
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGKILL)  # whatever of the group is left


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    env = {**os.environ, "PRIVACYSCAN_API_KEY": API_KEY}
    s = start_server(["--workers", "1", "--max-upload", str(MAX_UPLOAD)], env)
    yield s
    stop_server(s)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers={"X-API-Key": API_KEY}, timeout=30) as c:
        yield c
