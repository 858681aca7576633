"""Ctrl-C and SIGTERM stop a scan by a flag the pipeline looks at between files.

An exception raised by a signal handler lands wherever the parent happens to be: inside
pebble's pool while it holds a lock, inside a SQLite transaction, between two outputs. A
handler that only sets a flag cannot leave anything half done; the pipeline checks the flag
at its safe points (before each file is handed out, while it waits for results, in the
walk) and raises ``Interrupted`` there, so the pool is stopped and the finished files are
recorded on the way out. A second signal while stopping changes nothing: stopping is bounded
(the workers are killed, not waited for).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)
_requested = threading.Event()
# Run by the handler itself, so they must only set a flag: the worker pool stops at once
# replacing workers that die of the same signal (a terminal's Ctrl-C, systemd's SIGTERM reach
# every process of the scan), which would race the pool's shutdown.
_at_stop: list[Callable[[], None]] = []


class Interrupted(KeyboardInterrupt):
    """Raised at a safe point once a stop was requested; handled as Ctrl-C is."""


def requested() -> bool:
    return _requested.is_set()


def check() -> None:
    """A safe point: raise ``Interrupted`` when a stop was requested."""
    if _requested.is_set():
        raise Interrupted


def _set(signum: int, frame: FrameType | None) -> None:
    _requested.set()
    for callback in tuple(_at_stop):
        callback()


@contextmanager
def at_stop(callback: Callable[[], None]) -> Iterator[None]:
    """While inside, a stop request also calls ``callback`` (from the signal handler)."""
    _at_stop.append(callback)
    try:
        yield
    finally:
        _at_stop.remove(callback)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM set the flag while inside (main thread only: elsewhere Python
    cannot install handlers, and the caller's own handling stays)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _requested.clear()
    previous = {s: signal.signal(s, _set) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def raise_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise KeyboardInterrupt while inside: for the outputs, written
    in this process to temporary files that are published whole or not at all. A stop
    requested before this point raises at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = {s: signal.signal(s, interrupt) for s in SIGNALS}
    try:
        check()
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
