"""One scan at a time per index: an exclusive lock on a file beside it, held for the scan.

Two scans writing one index would each mark the other's files as gone. ``flock`` is released
by the kernel when the holder exits, however it exits, so a killed scan never leaves a stale
lock. Readers (``subject``) take no lock: SQLite's WAL lets them read during a scan.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class IndexBusy(Exception):
    """Another process holds the index's lock."""


def lock_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def lock_index(db_path: Path) -> int:
    """Take the index's lock without waiting; returns the fd that holds it (close to release).

    Raises IndexBusy when another scan holds it.
    """
    lock = lock_file_for(db_path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise IndexBusy(f"another scan is using the index {db_path}; run this one when it "
                        "has finished") from None
    return fd
