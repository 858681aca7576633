"""Running pre-upload checks for the API: two lanes of warm worker processes, bounded.

Text-only uploads (most CVs) run in the text lane and answer in about a second; uploads
whose pages need OCR go to a small OCR lane, so two scanned PDFs can no longer make fifty
ordinary checks wait. Each lane admits a bounded number of checks (running and waiting):
past it the answer is 503 with Retry-After, not an ever longer queue. Every check runs under
the request's deadline; a worker past it is killed (pebble), not waited for.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pebble import ProcessExpired, ProcessPool

from scanner.api_upload import ApiError
from scanner.check import Verdict, check_text_first, check_upload, warm_check

if TYPE_CHECKING:
    from collections.abc import Callable

    from scanner.api import ApiSettings

RETRY_AFTER_S = 5


@dataclass
class Lane:
    """One pool of warm workers and how many checks it holds now (running or waiting)."""

    name: str
    workers: int
    capacity: int
    timeout_s: float
    pool: ProcessPool | None = None
    in_flight: int = 0


class Checker:
    """Runs ``check_upload`` under a deadline in its lane, or in a thread (workers=0)."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self.text = Lane("text", settings.workers, settings.max_queue, settings.timeout_s)
        self.ocr = Lane("ocr", settings.ocr_workers, settings.max_ocr_queue,
                        settings.ocr_timeout_s)
        self.lock = threading.Lock()  # thread mode: one analyzer, one check at a time

    def start(self) -> None:
        if self.settings.workers <= 0:
            warm_check(self.settings.policy)
            return
        for lane in (self.text, self.ocr):
            lane.pool = ProcessPool(max_workers=max(lane.workers, 1), initializer=warm_check,
                                    initargs=(self.settings.policy,))
            lane.pool.schedule(warm_check, args=(self.settings.policy,)).result()

    def stop(self) -> None:
        for lane in (self.text, self.ocr):
            if lane.pool is not None:
                lane.pool.stop()
                lane.pool.join(timeout=5)

    async def run(self, data: bytes, filename: str, lang: str, deadline: float) -> Verdict:
        """The verdict; ApiError 503 when a lane is full or the deadline passes."""
        args = (data, filename, lang, self.settings.policy)
        if self.text.pool is None:
            with self._admitted(self.text):
                return await self._in_thread(args, deadline)
        with self._admitted(self.text):
            verdict: Verdict | None = await self._in_pool(self.text, check_text_first, args,
                                                          deadline)
        if verdict is not None:
            return verdict
        with self._admitted(self.ocr):
            result: Verdict = await self._in_pool(self.ocr, check_upload, args, deadline)
            return result

    def _admitted(self, lane: Lane) -> _Admission:
        if lane.in_flight >= lane.capacity:
            raise ApiError(503, f"the {lane.name} queue is full", "busy", RETRY_AFTER_S)
        return _Admission(lane)

    async def _in_pool(self, lane: Lane, fn: Callable[..., Any], args: tuple[Any, ...],
                       deadline: float) -> Any:
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise ApiError(503, "the check took too long", "timeout")
        assert lane.pool is not None
        future = lane.pool.schedule(fn, args=args, timeout=min(lane.timeout_s, remaining))
        try:
            # cancelling the awaited future at the deadline cancels the pebble future,
            # which kills its worker if the check already runs
            return await asyncio.wait_for(asyncio.wrap_future(future), remaining)
        except (FutureTimeout, TimeoutError) as e:
            raise ApiError(503, "the check took too long", "timeout") from e
        except ProcessExpired as e:
            raise ApiError(503, "the check failed", "other") from e

    async def _in_thread(self, args: tuple[Any, ...], deadline: float) -> Verdict:
        remaining = deadline - asyncio.get_running_loop().time()
        try:
            return await asyncio.wait_for(asyncio.to_thread(self._locked, *args),
                                          max(remaining, 0.001))
        except TimeoutError as e:
            raise ApiError(503, "the check took too long", "timeout") from e

    def _locked(self, *args: Any) -> Verdict:
        with self.lock:
            return check_upload(*args)


class _Admission:
    """Counts a check in its lane for as long as it runs or waits (event loop only)."""

    def __init__(self, lane: Lane) -> None:
        self.lane = lane

    def __enter__(self) -> None:
        self.lane.in_flight += 1

    def __exit__(self, *exc: object) -> None:
        self.lane.in_flight -= 1
