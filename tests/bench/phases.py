"""The scan process's own CPU seconds per phase, measured from outside the scanner's code.

Imported by scanrun's child before the scan starts (``install``): it wraps a few functions of
the scanner in place, so this tree and an older checkout are measured the same way, with no
meter in the product. Main-thread CPU (``time.thread_time``) is charged to the innermost
phase running; what the other threads used (pebble's task and result threads: pickling the
tasks, unpickling the results; the progress bar) is the process's CPU less the main
thread's. Phases:

- start-up: everything before the first file is handed to a worker (imports, policy, index,
  the walk to the first file, the worker pool's start);
- walk: the walk and the skip-unchanged check (inside the pipeline's item generator);
- submit: handing a file to the pool; results: taking one back (the main thread's part);
- index: writing results to the SQLite index (``Index.record_many``/``record``);
- loop: the rest of the main thread while files are in flight (scheduling, waiting's CPU);
- finish: after the last result until the outputs (carried files, the scan's end, the
  pool's shutdown); outputs: the JSON Lines and the Excel report (``write_outputs``),
  this process's share (a child writing the JSON Lines beside it is counted apart, in the
  workers' CPU, as all child processes are);
- threads: the other threads of this process, all phases together.
"""

from __future__ import annotations

import functools
import json
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PHASES = ("start-up", "walk", "submit", "results", "index", "loop", "finish", "outputs",
          "threads")


class Meter:
    """Exclusive main-thread CPU per phase: entering a phase pauses the one around it."""

    def __init__(self) -> None:
        self.cpu = dict.fromkeys(PHASES, 0.0)
        self.stack = ["start-up"]
        self.mark = time.thread_time()

    def switch(self, name: str) -> None:
        now = time.thread_time()
        self.cpu[self.stack[-1]] += now - self.mark
        self.mark = now
        self.stack.append(name)

    def back(self) -> None:
        now = time.thread_time()
        self.cpu[self.stack.pop()] += now - self.mark
        self.mark = now

    def base(self, name: str) -> None:
        """The phase outside every wrapped call from now on (start-up -> loop -> finish)."""
        self.switch(name)
        self.stack[:] = [name]

    def dump(self, path: Path) -> None:
        self.switch("finish")
        r = resource.getrusage(resource.RUSAGE_SELF)
        self.cpu["threads"] = max(0.0, r.ru_utime + r.ru_stime - time.thread_time())
        path.write_text(json.dumps(self.cpu), encoding="utf-8")


METER = Meter()


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kw: Any) -> Any:
        METER.switch(name)
        try:
            return fn(*args, **kw)
        finally:
            METER.back()
    return run


def _timed_gen(name: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """A generator function whose every step is charged to ``name``."""
    @functools.wraps(fn)
    def run(*args: Any, **kw: Any) -> Iterator[Any]:
        it = fn(*args, **kw)
        while True:
            METER.switch(name)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                METER.back()
            yield item
    return run


def _first_submit(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kw: Any) -> Any:
        if METER.stack == ["start-up"]:
            METER.base("loop")
        return _timed("submit", fn)(*args, **kw)
    return run


def _scan_done(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``run_scan``: after its last result, whatever it still does is the finish."""
    @functools.wraps(fn)
    def run(*args: Any, **kw: Any) -> Any:
        try:
            return fn(*args, **kw)
        finally:
            METER.base("finish")
    return run


def install(out: Path) -> None:
    """Wrap the scanner's phase boundaries (those this checkout has) and dump at exit."""
    import atexit

    from scanner import index, pipeline
    from scanner.commands import scan as command

    pipeline._to_scan = _timed_gen("walk", pipeline._to_scan)
    pipeline.PoolBackend.submit = _first_submit(pipeline.PoolBackend.submit)
    pipeline.PoolBackend.result = _timed("results", pipeline.PoolBackend.result)
    for name in ("record_many", "record"):
        if hasattr(index.Index, name):
            setattr(index.Index, name, _timed("index", getattr(index.Index, name)))
    _end_loop(pipeline)
    command.run_scan = _scan_done(command.run_scan)
    command.write_outputs = _timed("outputs", command.write_outputs)
    atexit.register(METER.dump, out)


def _end_loop(pipeline: Any) -> None:
    """The files phase ends with the last result: the executor's exit (pool shutdown) on."""
    exit_ = pipeline._executor.__exit__

    @functools.wraps(exit_)
    def run(self: Any, *exc: object) -> None:
        METER.base("finish")
        exit_(self, *exc)
    pipeline._executor.__exit__ = run
