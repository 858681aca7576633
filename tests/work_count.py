"""Work counted, not timed: how many lines of one module a call executes. Tests that a
reading stays linear compare the count at n and 2n (a time would depend on the machine)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def lines_run(module_file: str | tuple[str, ...], call: Callable[[], Any]) -> int:
    """Lines of ``module_file`` (or of each of several) executed by ``call()``."""
    files = {module_file} if isinstance(module_file, str) else set(module_file)
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename not in files:
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        call()
    finally:
        sys.settrace(None)
    return count
