"""Run the per-file work on a Dask distributed cluster (``--dask tcp://scheduler:8786``).

Workers import this package, so it must be installed on them (same version); each worker
process builds its analyzer once (``warm``) and keeps it. Per-file timeouts are enforced by
the parent: a file that overruns is recorded as ``timeout`` and its task cancelled.

No secret crosses the network: tasks carry neither the HMAC key nor SMB credentials. Each
worker takes ``PRIVACYSCAN_KEY`` (and SMB credentials) from its own environment, and a key
check value proves it is the scanner's key before any file is scanned.
"""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import Future
from dataclasses import replace
from functools import cache
from typing import Any

from scanner.extract.errors import TooLarge
from scanner.fingerprint import KEY_ENV, fingerprint
from scanner.models import ScanResult, SourceItem
from scanner.scan_item import TOO_BIG, ScanConfig, error_result, process_file, warm


class DaskSetupError(RuntimeError):
    """The cluster cannot run this scan; the message names no secret."""


def key_check(key: bytes) -> str:
    """Shows that two keys are equal without revealing either."""
    return fingerprint(key, "KEY_CHECK", "privacyscan")[:16]


@cache
def _worker_key(expected: str) -> tuple[bytes, str]:
    """This worker's key and whether it is the scanner's: checked once per process."""
    key = os.environ.get(KEY_ENV, "").encode("utf-8")
    return key, "missing" if not key else "ok" if key_check(key) == expected else "different"


def _worker_key_state(expected: str) -> str:
    return _worker_key(expected)[1]


def _run_on_worker(item: SourceItem, cfg: ScanConfig) -> list[ScanResult]:
    key, state = _worker_key(cfg.key_check)
    if state != "ok":  # a worker that joined after the check
        raise DaskSetupError(f"this Dask worker's {KEY_ENV} is not the scanner's")
    cfg = replace(cfg, key=key)
    warm(cfg)  # cached per worker process: the analyzer and policy are built once
    _bound_memory(cfg.limits.max_worker_memory)
    return process_file(item, cfg)


@cache
def _bound_memory(per_file: int) -> None:
    """Once per Dask worker process, its analyzer built: its address space may grow by
    ``max_worker_memory`` for each file it scans at once (one a thread), as a local worker's
    may (scanner.scan_item.start_worker); a file that needs more is `too_large` instead of
    driving the host into swap or the OOM killer."""
    import resource

    from distributed import get_worker

    limit = _address_space() + get_worker().state.nthreads * per_file
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space() -> int:
    """This process's address space now (VmSize), in bytes."""
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:"))


class DaskBackend:
    """Submits files to a Dask scheduler; results come back as ScanResults."""

    def __init__(self, address: str, cfg: ScanConfig) -> None:
        from distributed import Client

        self.client = Client(address)
        self.cfg = replace(cfg, key=b"", smb_credentials=(), key_check=key_check(cfg.key))
        self._check_workers()
        self.capacity = max(1, sum(self.client.nthreads().values()))

    def _check_workers(self) -> None:
        """Every worker must hold the scanner's key, or fingerprints would not match."""
        states = self.client.run(_worker_key_state, self.cfg.key_check)
        bad = sorted({s for s in states.values() if s != "ok"})
        if bad or not states:
            self.client.close()
            raise DaskSetupError(
                f"{sum(s != 'ok' for s in states.values())} of {len(states)} Dask workers have "
                f"{KEY_ENV} {' or '.join(bad) or 'unknown'}: start every worker with the "
                f"scanner's key in {KEY_ENV} (for a key kept beside the index, its .key file)")

    def submit(self, item: SourceItem) -> Future[Any]:
        fut = self.client.submit(_run_on_worker, item, self.cfg, pure=False)
        conc: Future[Any] = _as_concurrent(fut, self.cfg.limits.timeout_s)
        return conc

    def result(self, fut: Future[Any], item: SourceItem) -> list[ScanResult]:
        try:
            return list(fut.result())
        except TimeoutError:
            return [error_result(item, "timeout",
                                 f"no result within {self.cfg.limits.timeout_s:g} s", self.cfg)]
        except DaskSetupError:
            raise
        except MemoryError:  # over the worker's bound outside the per-file catch
            return [error_result(item, TooLarge.code, TOO_BIG, self.cfg)]

    def interrupt(self) -> None:
        """Nothing to do in the signal handler: the parent's next safe point stops the scan."""

    def close(self, cancel: bool) -> None:
        self.client.close()


def _as_concurrent(dask_future: Any, timeout_s: float) -> Future[Any]:
    """A concurrent.futures.Future resolved by the Dask future or by the timeout."""
    out: Future[Any] = Future()
    lock = threading.Lock()

    def settle(result: Any = None, error: BaseException | None = None) -> None:
        with lock:
            if out.done():
                return
            if error is not None:
                out.set_exception(error)
            else:
                out.set_result(result)

    def done(f: Any) -> None:
        timer.cancel()  # one sleeping thread a file would outlive the scan and its client
        try:
            settle(f.result())
        except BaseException as e:  # noqa: BLE001 - handed to the parent as the future's error
            settle(error=e)

    def expire() -> None:
        if out.done():
            return
        settle(error=TimeoutError())
        with contextlib.suppress(RuntimeError):  # the client closed meanwhile: nothing to cancel
            dask_future.cancel()

    timer = threading.Timer(timeout_s, expire)
    timer.daemon = True
    timer.start()
    dask_future.add_done_callback(done)
    return out
