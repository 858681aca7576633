"""Work counted, not timed: how many lines of one module a call executes. Tests that a
reading stays linear compare the count at n and 2n (a time would depend on the machine)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def lines_run(module_file: str, call: Callable[[], Any]) -> int:
    """Lines of ``module_file`` executed by ``call()``."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename != module_file:
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
