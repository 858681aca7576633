"""Run the per-file work on a Dask distributed cluster (``--dask tcp://scheduler:8786``).

Workers import this package, so it must be installed on them (same version); each worker
process builds its analyzer once (``warm``) and keeps it. Per-file timeouts are enforced by
the parent: a file that overruns is recorded as ``timeout`` and its task cancelled.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from scanner.models import ScanResult, SourceItem
from scanner.scan_item import ScanConfig, error_result, process_file, warm


def _run_on_worker(item: SourceItem, cfg: ScanConfig) -> list[ScanResult]:
    warm(cfg)  # cached per worker process: the analyzer and policy are built once
    return process_file(item, cfg)


class DaskBackend:
    """Submits files to a Dask scheduler; results come back as ScanResults."""

    def __init__(self, address: str, cfg: ScanConfig) -> None:
        from distributed import Client

        self.client = Client(address)
        self.cfg = cfg
        self.capacity = max(1, sum(self.client.nthreads().values()))

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
        try:
            settle(f.result())
        except BaseException as e:  # noqa: BLE001 - handed to the parent as the future's error
            settle(error=e)

    def expire() -> None:
        dask_future.cancel()
        settle(error=TimeoutError())

    timer = threading.Timer(timeout_s, expire)
    timer.daemon = True
    timer.start()
    dask_future.add_done_callback(done)
    return out
