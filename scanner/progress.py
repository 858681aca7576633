"""A rich progress bar for scans: files, MB, files/s and ETA (once a counting pass is done)."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Self

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from scanner.pipeline import ScanOptions
from scanner.sources import resolve


class ScanProgress:
    """Callable progress sink; a background thread counts the files so ETA can be shown."""

    def __init__(self, opts: ScanOptions) -> None:
        self.opts = opts
        self.bar = Progress(
            SpinnerColumn(), TextColumn("scanning"), BarColumn(), MofNCompleteColumn(),
            TextColumn("files, {task.fields[mb]:.1f} MB, {task.fields[rate]} files/s"),
            TimeElapsedColumn(), TimeRemainingColumn(), transient=True,
        )
        self.task = self.bar.add_task("scan", total=None, rate="-", mb=0.0)
        self.mb = 0.0
        self.stop = threading.Event()

    def __enter__(self) -> Self:
        self.bar.start()
        threading.Thread(target=self._count, daemon=True).start()
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop.set()
        self.bar.stop()

    def __call__(self, files: int, nbytes: int) -> None:
        self.mb += nbytes / 1_000_000
        self.bar.advance(self.task, files)
        task = self.bar.tasks[0]
        rate = f"{task.speed:.0f}" if task.speed else "-"
        self.bar.update(self.task, rate=rate, mb=self.mb)

    def _count(self) -> None:
        total = 0
        for root in self.opts.roots:
            for _ in resolve(root, self.opts.include, self.opts.exclude):
                if self.stop.is_set():
                    return
                total += 1
        self.bar.update(self.task, total=total)
