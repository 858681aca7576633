"""Start the worker pool's forkserver as the `scan` command starts, before anything else.

The forkserver builds the analyzer once (scanner.worker_preload, several CPU seconds) and
every worker forks from it. Started here, that build runs while this process imports the
scanner, takes the index lock, loads the policy and walks to the first file, instead of
after. A scan that ends up needing no worker (every file unchanged, a usage error) stops it
again (``stop_unused``), so a nightly no-change rescan does not pay for it; the command
ends it as it exits (``stop``).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal

PRELOAD = ["scanner.scan_item", "scanner.worker_preload"]
TRACKER_EXIT_S = 5.0  # the resource tracker exits within ms of its pipe closing
_state = {"started": False, "used": False}


def context() -> multiprocessing.context.BaseContext:
    """The workers' context: forkserver, so workers start from a clean process, not a fork
    of this one with its threads (progress bar) and open SMB connections."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start_early() -> None:
    """Start the forkserver now (it preloads in the background)."""
    from multiprocessing import forkserver

    context()
    forkserver.ensure_running()
    _state["started"] = True


def mark_used() -> None:
    _state["used"] = True


def stop_unused() -> None:
    """End a forkserver started early that no worker came from (its preload may still
    run: it would otherwise finish building an analyzer nobody uses)."""
    if not _state["started"] or _state["used"]:
        return
    stop()


def stop() -> None:
    """End this process's forkserver, if one runs, and reap it: as the command exits, after
    its workers have ended. Left to itself, a forkserver notices the scan is gone and then
    shuts its interpreter down with the analyzer built (1-2 s), holding the scan's stderr
    (and a caller reading it to the end) open meanwhile."""
    from multiprocessing import forkserver

    server = forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)  # not mid-preload: closing its pipe would wait
        with contextlib.suppress(OSError):
            server._stop()  # reaps it, removes its socket
    _state["started"] = False
    _stop_resource_tracker()


def _stop_resource_tracker() -> None:
    """End multiprocessing's resource tracker and reap it. It shares our stderr (to warn of
    leaked semaphores) and exits only once it sees that every process holding its pipe has
    gone: on a loaded machine that was after the scan had exited, holding a caller reading
    stderr to its end. What the standard library's private ``_stop`` does (close its pipe,
    reap it), with a bounded wait: a process we do not know of holding the pipe must not
    hang the command's exit."""
    import time
    from multiprocessing import resource_tracker

    tracker = resource_tracker._resource_tracker
    fd, pid = getattr(tracker, "_fd", None), getattr(tracker, "_pid", None)
    if fd is None or pid is None:
        return
    tracker._fd = tracker._pid = None
    with contextlib.suppress(OSError):
        os.close(fd)
        deadline = time.monotonic() + TRACKER_EXIT_S
        while not os.waitpid(pid, os.WNOHANG)[0] and time.monotonic() < deadline:
            time.sleep(0.005)
