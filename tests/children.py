"""Long-lived servers a test starts (uvicorn, smbd) must not outlive the test run: a pytest
killed hard (SIGKILL, an OOM kill, a CI timeout) runs no fixture finalizer, and an interrupted
`make test` once left seven `scanner serve` processes behind."""

from __future__ import annotations

import ctypes
import signal

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_parent() -> None:
    """preexec_fn: SIGTERM this child when the process that started it dies (a graceful stop,
    so a server ends its own workers too). Linux only, as the test suite is."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
