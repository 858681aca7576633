"""External programs (tesseract, antiword) run so that they leave nothing behind.

Data goes in on stdin and text comes out on stdout: no temporary file ever holds a page of
personal data (pytesseract writes the image and its text to /tmp, and a killed worker never
deletes them). On Linux the child also gets SIGKILL when the worker that started it dies, so
a worker killed at --timeout does not leave tesseract running. A worker blocks SIGTERM (it
obeys only its parent's, scanner.scan_item); the child starts with it unblocked, as a program
expects, so a plain ``kill`` ends it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1


class ToolFailed(RuntimeError):
    """The program exited non-zero or overran its time; the message names no content."""


def run_tool(cmd: list[str], data: bytes, timeout_s: float,
             env: dict[str, str] | None = None) -> bytes:
    """The program's stdout for ``data`` on its stdin; ``env`` is added to the environment."""
    try:
        proc = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout_s, check=False,
                              env={**os.environ, **env} if env else None,
                              preexec_fn=_child_setup if sys.platform == "linux" else None)
    except subprocess.TimeoutExpired as e:  # run() has killed it
        raise ToolFailed(f"{cmd[0]} took longer than {timeout_s:g} s") from e
    if proc.returncode != 0:
        raise ToolFailed(f"{cmd[0]} exited with {proc.returncode}")
    return proc.stdout


def _child_setup() -> None:  # runs in the forked child, before exec
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    # a blocked signal stays blocked across exec: a worker's mask would outlive it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
