"""Long-lived servers a test starts (uvicorn, smbd) must not outlive the test run: a pytest
killed hard (SIGKILL, an OOM kill, a CI timeout) runs no fixture finalizer, and an interrupted
`make test` once left seven `scanner serve` processes behind."""

from __future__ import annotations

import ctypes
import signal

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_parent() -> None:
    """preexec_fn: SIGTERM this child when the process that started it dies (a graceful stop,
    so a server ends its own workers too). Linux only, as the test suite is.

    A signal mask and an ignored signal outlive exec: a test that ran a scan worker's set-up in
    the pytest process (SIGTERM blocked, SIGINT ignored) would hand both to every server it
    starts, and that server would never hear this SIGTERM."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGINT, signal.SIG_DFL)
