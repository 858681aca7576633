"""A test run killed hard leaves no server behind: the uvicorn server (and its check workers)
ends when the process that started it dies, without any fixture finalizer running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.api.conftest import REPO

PARENT = """
import os, signal, sys, time
sys.path.insert(0, {repo!r})
if {block}:
    signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGTERM}})
    signal.signal(signal.SIGINT, signal.SIG_IGN)
from tests.api.conftest import start_server
s = start_server(["--workers", "1"], {{**os.environ, "PRIVACYSCAN_API_KEY": "k"}}, ready_s=600)
print(s.process.pid, flush=True)
time.sleep(600)
"""


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("mask", ["as started", "SIGTERM blocked"])
def test_server_ends_when_its_starter_is_killed(mask: str) -> None:
    """Also from a process whose SIGTERM is blocked, as a test that ran a scan worker's
    set-up in its pytest process leaves it (scanner.scan_item): the mask outlives exec."""
    block = mask == "SIGTERM blocked"
    parent = subprocess.Popen([sys.executable, "-c", PARENT.format(repo=str(REPO), block=block)],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    line = parent.stdout.readline()  # the server answers /healthz by now
    assert line.strip().isdigit(), "the starter could not start the server"
    server_pid = int(line)
    assert _group_alive(server_pid)
    parent.send_signal(signal.SIGKILL)  # no finalizer, no atexit
    parent.wait()
    deadline = time.monotonic() + 120  # a graceful stop at load 10+ is slow
    while _group_alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = _group_alive(server_pid)
    if alive:  # clean up before failing, so a failure leaves nothing behind either
        os.killpg(server_pid, signal.SIGKILL)
    assert not alive, "the server or one of its workers outlived the test process"
