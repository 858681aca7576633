"""Pattern scans under a deadline: a whole-text finditer under the regex module's timeout,
or a pattern tried only where an anchor's cheaper scan says a match may start.

The regex timeout is per process (the scan's ``--limit regex_timeout_s``) and the count of
timeouts per thread (a caller compares it before and after a text: part of it went
unsearched). detectors.base re-exports these for the recognizers and the scanner.
"""

from __future__ import annotations

import logging
import re
import threading
import time

import regex

logger = logging.getLogger("detectors.base")  # the recognizers' logger, as before the move

REGEX_TIMEOUT = 1.0  # seconds per pattern and chunk: hostile input must not hang a worker
_timeouts = threading.local()  # per thread: a Dask worker may run files side by side
_settings = {"regex_timeout": REGEX_TIMEOUT}


def set_regex_timeout(seconds: float) -> None:
    """The regex timeout of this process (the scan's ``--limit regex_timeout_s``)."""
    _settings["regex_timeout"] = seconds


def regex_timeout() -> float:
    return _settings["regex_timeout"]


def timeouts() -> int:
    """How many patterns timed out in this thread so far: a caller compares before and
    after a text to know that part of it went unsearched."""
    return int(getattr(_timeouts, "n", 0))


def note_timeout(who: str) -> None:
    _timeouts.n = timeouts() + 1
    logger.warning("%s: pattern timed out, chunk skipped", who)


def _spans(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, who: str,
    anchor: regex.Pattern[str] | re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """All match spans, collected before scoring: the timeout covers the whole iteration."""
    try:
        if anchor is not None:
            return _anchored_spans(pattern, anchor, text, lo, hi)
        return [m.span() for m in pattern.finditer(text, lo, hi, timeout=regex_timeout())]
    except TimeoutError:
        note_timeout(who)
        return []


def _starts(anchor: regex.Pattern[str] | re.Pattern[str], text: str, lo: int, hi: int,
            who: str) -> list[int]:
    """Where ``anchor`` finds a match may start in text[lo:hi] (none when it timed out)."""
    try:
        if isinstance(anchor, re.Pattern):
            return [a.start() for a in anchor.finditer(text, lo, hi)]
        return [a.start() for a in anchor.finditer(text, lo, hi, timeout=regex_timeout())]
    except TimeoutError:
        note_timeout(who)
        return []


def _spans_at(pattern: regex.Pattern[str] | re.Pattern[str], starts: list[int], text: str,
              hi: int, who: str) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer`` finds up to ``hi``, tried only at ``starts`` (every
    position a match may start at, ascending): as _anchored_spans, from a shared scan."""
    deadline = time.monotonic() + regex_timeout()
    spans: list[tuple[int, int]] = []
    end = 0
    for n, at in enumerate(starts):
        if at < end:
            continue
        if not n % 64 and time.monotonic() > deadline:
            note_timeout(who)
            return []
        m = pattern.match(text, at, hi)
        if m is not None:
            spans.append(m.span())
            end = max(m.end(), at + 1)  # finditer steps past an empty match
    return spans


def _anchored_spans(
    pattern: regex.Pattern[str], anchor: regex.Pattern[str] | re.Pattern[str], text: str,
    lo: int, hi: int,
) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer`` finds, tried only where ``anchor`` says one may start:
    non-overlapping, leftmost first, the same ``hi`` bound for lookaheads.

    An anchored pattern has no nested quantifiers (one attempt is linear in what it reads),
    so attempts run without the regex module's per-call timeout, which costs more than a
    short attempt; the deadline is checked between them. The anchor is a linear scan (a
    look-behind and bounded look-aheads): run by `re` (plain_scan), it has no timeout.
    """
    deadline = time.monotonic() + regex_timeout()
    spans: list[tuple[int, int]] = []
    end = lo
    hits = (anchor.finditer(text, lo, hi) if isinstance(anchor, re.Pattern)
            else anchor.finditer(text, lo, hi, timeout=regex_timeout()))
    for a in hits:
        if a.start() < end:
            continue
        if time.monotonic() > deadline:
            raise TimeoutError("regex timed out")
        m = pattern.match(text, a.start(), hi)
        if m is not None:
            spans.append(m.span())
            end = max(m.end(), a.start() + 1)  # finditer steps past an empty match
    return spans
