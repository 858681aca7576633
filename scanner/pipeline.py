"""The scan pipeline: walk -> skip unchanged -> worker processes -> index -> outputs.

The parent only walks, schedules and writes; extraction and detection run in worker processes
(pebble, which kills and replaces a worker that overruns the per-file timeout) or on a Dask
cluster. Results go into the SQLite index one top-level file per transaction, and the JSON
Lines and Excel outputs are written from the index at the end, so a killed scan resumes and a
rescan's outputs are as complete as the first scan's.
"""

from __future__ import annotations

import heapq
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from scanner.extract.limits import Limits
from scanner.fingerprint import load_key
from scanner.index import Index, KnownFile, ResultRows, as_rows
from scanner.models import FileError, ScanResult, SkippedEntry, SourceItem
from scanner.policy import load_policy
from scanner.policy.engine import file_rules
from scanner.ruleset import ruleset_stamp
from scanner.scan_item import (
    ScanConfig,
    error_result,
    process_file,
    skipped_result,
    start_worker,
)
from scanner.sources import resolve
from scanner.sources.fileshare import display_path
from scanner.stop import at_stop
from scanner.stop import check as stop_point

logger = logging.getLogger(__name__)

UNCHANGED_BATCH = 1000
RECORD_SECONDS = 0.25  # results written to the index at least this often...
RECORD_ROWS = 20_000  # ...or once this many rows (files and findings)...
RECORD_FILES = 50  # ...or top-level files wait
STOP_POLL_S = 0.2  # how often a wait for results looks whether a stop was requested
# Files held back from the walk so the largest of them is handed out first: a big export
# that came last would leave the other workers idle while one reads it to the end.
LOOKAHEAD = 256


@dataclass(frozen=True)
class ScanOptions:
    roots: tuple[str, ...]
    db_path: Path
    policy_path: str | None = None
    workers: int = 0  # 0: all cores
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    now: datetime | None = None  # injectable scan time (retention rules)
    dask: str | None = None


@dataclass(frozen=True)
class ScanOutcome:
    scan_id: int
    resumed: bool
    files_done: int
    unchanged: int


Recorded = ScanResult | ResultRows  # a worker's results come as rows (index.ResultRows)
Progress = Callable[[int, int], None]  # (files, bytes) done since the last call


def run_scan(opts: ScanOptions, progress: Progress | None = None) -> ScanOutcome:
    """Scan the roots into the index. Outputs are written from the index afterwards.
    Raises PolicyError before anything starts when the policy is invalid."""
    policy = load_policy(opts.policy_path)
    index = Index(opts.db_path)
    cfg = ScanConfig(
        key=load_key(opts.db_path), policy_path=opts.policy_path, limits=opts.limits,
        now=opts.now or datetime.now(UTC), smb_credentials=_smb_credentials(opts),
    )
    scan_id, resumed = index.begin_scan(list(opts.roots))
    stamp = ruleset_stamp(opts.policy_path, opts.limits)
    reuse = index.meta("ruleset") == stamp  # else an upgrade or a new policy: re-read all
    done = unchanged = 0
    with _executor(opts, cfg) as run, _Recorder(index, scan_id) as recorder:
        for item, results in run(_to_scan(index, opts, scan_id, cfg, progress, reuse)):
            recorder.add(_path_of(results, item), mtime_key(item), results)
            done += 1
            if progress:
                progress(1, item.size)
    index.rejudge_carried(scan_id, lambda f: file_rules(policy, f, cfg.now))
    unchanged = index.status_counts(scan_id, top_level_only=True).get("unchanged", 0)
    index.finish_scan(scan_id, [display_path(r) for r in opts.roots])
    index.set_meta("ruleset", stamp)
    index.close()
    return ScanOutcome(scan_id, resumed, done, unchanged)


class _Recorder:
    """Writes results to the index in batches: one transaction for the files of up to
    RECORD_SECONDS (at most RECORD_FILES files, RECORD_ROWS rows), so SQLite's per-transaction cost is paid once
    per batch, not per file. A killed scan loses at most the batch not yet written (and
    redoes it on resume); an interrupted one (Ctrl-C, SIGTERM) writes it on the way out."""

    def __init__(self, index: Index, scan_id: int) -> None:
        self.index, self.scan_id = index, scan_id
        self.batch: list[tuple[str, int, Sequence[Recorded]]] = []
        self.rows, self.since = 0, time.monotonic()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()

    def add(self, path: str, mtime_us: int, results: Sequence[Recorded]) -> None:
        if not self.batch:
            self.since = time.monotonic()
        self.batch.append((path, mtime_us, results))
        self.rows += sum(len(r.findings) + 1 for r in results)
        if (self.rows >= RECORD_ROWS or len(self.batch) >= RECORD_FILES
                or time.monotonic() - self.since >= RECORD_SECONDS):
            self.flush()

    def flush(self) -> None:
        if self.batch:
            self.index.record_many(self.batch, self.scan_id)
        self.batch, self.rows = [], 0


def _smb_credentials(opts: ScanOptions) -> tuple[tuple[str, str], ...]:
    """Resolved once in the parent, so workers need no environment of their own."""
    smb_roots = [r for r in opts.roots if r.startswith("smb://")]
    if not smb_roots:
        return ()
    from scanner.sources.smb import credentials, parse_url

    return tuple(sorted(credentials(parse_url(smb_roots[0])).items()))


def mtime_key(item: SourceItem) -> int:
    """The change-detection stamp of a top-level file (microseconds since the epoch)."""
    return round(item.modified.timestamp() * 1_000_000)


def _path_of(results: Sequence[Recorded], item: SourceItem) -> str:
    return results[0].file.path if results else item.path


def outermost(roots: Sequence[str]) -> list[str]:
    """The roots in their order, without one that is another or lies inside it (``scan
    share share/HR``): walked twice, a file was recorded twice in one batch, and the index
    refused it as a fatal error.

    >>> outermost(["x/sub", "x", "y", "x/", "smb://s/a/b", "smb://s/a", "y"])
    ['x', 'y', 'smb://s/a']
    """
    def key(root: str) -> str:
        return root.rstrip("/") if "://" in root else os.path.abspath(root)

    kept: list[int] = []  # by position: the same root twice is kept once
    for i in sorted(range(len(roots)), key=lambda i: len(key(roots[i]))):
        inner = key(roots[i])
        if not any(inner == key(roots[k]) or inner.startswith(key(roots[k]).rstrip("/") + "/")
                   for k in kept):
            kept.append(i)
    return [roots[i] for i in sorted(kept)]


def _to_scan(
    index: Index, opts: ScanOptions, scan_id: int, cfg: ScanConfig, progress: Progress | None,
    reuse: bool = True,
) -> Iterator[SourceItem | ScanResult]:
    """Items that need work; walk errors become results; unchanged files are carried over
    in batches (one transaction per batch keeps a no-change rescan fast)."""
    unchanged: list[str] = []
    for root in outermost(opts.roots):
        for entry in resolve(root, opts.include, opts.exclude):
            stop_point()  # a rescan of a million unchanged files stops here too
            if isinstance(entry, FileError):
                yield _walk_error(entry, cfg)
                continue
            if isinstance(entry, SkippedEntry):
                yield skipped_result(entry)
                continue
            path = display_path(entry.path)
            known = index.known(path)
            if known is not None and known.last_scan == scan_id:
                pass  # resumed scan: recorded before the interruption
            elif reuse and _is_unchanged(known, entry):
                unchanged.append(path)
                if len(unchanged) >= UNCHANGED_BATCH:
                    index.mark_unchanged(unchanged, scan_id)
                    unchanged.clear()
            else:
                yield entry
                continue
            if progress:
                progress(1, entry.size)
    index.mark_unchanged(unchanged, scan_id)


def _is_unchanged(known: KnownFile | None, entry: SourceItem) -> bool:
    """Same size and mtime as last time; a timeout is retried, it may have been load."""
    return (known is not None and known.size == entry.size
            and known.mtime_us == mtime_key(entry) and known.error != "timeout")


def _walk_error(err: FileError, cfg: ScanConfig) -> ScanResult:
    item = SourceItem(path=err.path, member=None, size=0,
                      modified=datetime.fromtimestamp(0, tz=UTC))
    return error_result(item, err.error_type, err.message, cfg)


Runner = Callable[[Iterable[SourceItem | ScanResult]], Iterator[tuple[SourceItem, list[Recorded]]]]


class _executor:
    """Context manager giving a runner: items in, (item, results) out, bounded in flight."""

    def __init__(self, opts: ScanOptions, cfg: ScanConfig) -> None:
        self.opts, self.cfg = opts, cfg
        self.backend: Any = None
        self.stopping: Any = None

    def __enter__(self) -> Runner:
        if self.opts.dask:
            from scanner.distributed import DaskBackend

            self.backend = DaskBackend(self.opts.dask, self.cfg)
        else:
            self.backend = PoolBackend(self.opts.workers or os.cpu_count() or 1, self.cfg)
        self.stopping = at_stop(self.backend.interrupt)
        self.stopping.__enter__()
        return self._run

    def __exit__(self, *exc: object) -> None:
        self.stopping.__exit__(None, None, None)
        self.backend.close(cancel=exc[0] is not None)

    def _run(
        self, entries: Iterable[SourceItem | ScanResult]
    ) -> Iterator[tuple[SourceItem, list[Recorded]]]:
        inflight: dict[Future[Any], SourceItem] = {}
        limit = self.backend.capacity * 4
        for entry in largest_first(entries, LOOKAHEAD if self.backend.capacity > 1 else 1):
            if isinstance(entry, ScanResult):
                yield _item_of(entry), [entry]
                continue
            stop_point()
            inflight[self.backend.submit(entry)] = entry
            while len(inflight) >= limit:
                yield from self._drain(inflight)
        while inflight:
            yield from self._drain(inflight)

    def _drain(
        self, inflight: dict[Future[Any], SourceItem]
    ) -> Iterator[tuple[SourceItem, list[Recorded]]]:
        """The results finished so far; a stop requested meanwhile is noticed within
        STOP_POLL_S (files in flight are dropped and redone on resume, never recorded half)."""
        finished: set[Future[Any]] = set()
        while not finished:
            stop_point()
            finished, _ = wait(list(inflight), timeout=STOP_POLL_S,
                               return_when=FIRST_COMPLETED)
        for fut in finished:
            item = inflight.pop(fut)
            yield item, self.backend.result(fut, item)


def largest_first(entries: Iterable[SourceItem | ScanResult],
                  window: int) -> Iterator[SourceItem | ScanResult]:
    """The walk's items, the largest of the next ``window`` first; results (walk errors)
    pass at once. The walk streams: at most ``window`` items are held.

    >>> from datetime import UTC, datetime
    >>> items = [SourceItem(n, None, size, datetime.now(UTC)) for n, size in
    ...          [("a", 1), ("b", 9), ("c", 5), ("d", 7)]]
    >>> [x.path for x in largest_first(items, 2)]  # type: ignore[union-attr]
    ['b', 'c', 'd', 'a']
    """
    held: list[tuple[int, int, SourceItem]] = []
    for n, entry in enumerate(entries):
        if isinstance(entry, ScanResult):
            yield entry
            continue
        heapq.heappush(held, (-entry.size, n, entry))
        if len(held) >= window:
            yield heapq.heappop(held)[2]
    while held:
        yield heapq.heappop(held)[2]


def process_file_rows(item: SourceItem, cfg: ScanConfig) -> list[ResultRows]:
    """``process_file`` in a worker, its results as the index records them (ResultRows)."""
    return as_rows(process_file(item, cfg))


def _item_of(result: ScanResult) -> SourceItem:
    f = result.file
    return SourceItem(path=f.path, member=None, size=f.size, modified=f.modified)


class PoolBackend:
    """Local worker processes; a worker that overruns the timeout is killed and replaced."""

    def __init__(self, workers: int, cfg: ScanConfig) -> None:
        from pebble import ProcessPool

        from scanner import worker_start

        # forkserver (see scanner.worker_start); the preload makes starts cheap
        ctx = worker_start.context()
        self.cfg, self.capacity = cfg, workers
        self.pool = ProcessPool(max_workers=workers, initializer=start_worker,
                                initargs=(cfg, os.getpid()),
                                context=ctx)

    def submit(self, item: SourceItem) -> Future[Any]:
        from scanner import worker_start

        worker_start.mark_used()  # the pool starts its workers on the first file
        try:
            return self.pool.schedule(process_file_rows, args=(item, self.cfg),
                                      timeout=self.cfg.limits.timeout_s)
        except RuntimeError:  # "the Pool is not active": stopped by a signal just now
            stop_point()
            raise

    def interrupt(self) -> None:
        """From the signal handler: only a status flag of the pool (no lock, no wait)."""
        self.pool.stop()

    def result(self, fut: Future[Any], item: SourceItem) -> list[Recorded]:
        from pebble import ProcessExpired

        try:
            return list(fut.result())
        except FutureTimeout:
            msg = f"no result within {self.cfg.limits.timeout_s:g} s"
            return [error_result(item, "timeout", msg, self.cfg)]
        except ProcessExpired as e:
            stop_point()  # killed by the same SIGTERM as this process: not the file's fault
            logger.warning("worker died on a file (exit code %s)", e.exitcode)
            return [error_result(item, "corrupt", "the worker process died reading it", self.cfg)]
        except Exception as e:  # noqa: BLE001 - the per-file catch-all (STYLE.md §6)
            logger.warning("file failed in a worker: %s", type(e).__name__)
            return [error_result(item, "corrupt", f"unreadable ({type(e).__name__})", self.cfg)]

    def close(self, cancel: bool) -> None:
        if cancel:
            self.pool.stop()
        else:
            self.pool.close()
        self.pool.join()
