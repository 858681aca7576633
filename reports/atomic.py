"""Outputs written atomically and privately: every temporary lives in a private folder
(mkdtemp, mode 0700) beside the target, on its filesystem, and is renamed into place.

A name in a folder others can write to could be a planted symlink; a private folder holds
none, so nothing written there follows one. A run killed mid-write (SIGKILL while a report
is being encrypted) leaves its folder behind with a plain copy in it: the next run removes
it before it scans (``remove_stale``).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

# What earlier versions left beside a report when killed: the plain and encrypted copies.
LEGACY = (".{name}.plain.xlsx", ".{name}.enc")


def _prefix(target: Path) -> str:
    return f".{target.name}.tmp-"


@contextmanager
def private_dir(target: Path) -> Iterator[Path]:
    """A fresh private folder beside ``target`` (created with its parents), removed after.

    Ctrl-C and SIGTERM are held while it is made: one arriving between mkdtemp() and the
    ``try`` (a writer stopped as it starts) left the folder behind; held, it arrives inside
    the ``try`` and the folder goes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        folder = Path(tempfile.mkdtemp(prefix=_prefix(target), dir=target.parent))
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


_STOPS = {signal.SIGINT, signal.SIGTERM}


def create_private(path: Path) -> int:
    """A new owner-only file, refused if anything (a symlink too) is already there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags, 0o600)


def is_replaceable(target: Path) -> bool:
    """Whether an output may be renamed over what is at ``target``: nothing, a regular file,
    or a symlink that leads to one or nowhere. Never a device, FIFO or socket, also not by a
    link: run as root, ``--jsonl /dev/full`` turned the device into a file holding the scan,
    ``--jsonl /dev/stdout`` would replace the system's link."""
    try:
        return stat.S_ISREG(os.stat(target).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False


def publish(tmp: Path, target: Path) -> None:
    """Flush ``tmp`` to disk, make it owner-only and rename it over ``target`` (a symlink at
    ``target`` is replaced, never followed; a device, FIFO or socket is refused)."""
    if not is_replaceable(target):
        raise OSError(errno.EPERM, "not a regular file", str(target))
    fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fchmod(fd, 0o600)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)


def check_output(target: Path) -> str | None:
    """Why ``target`` cannot be written (one line), or None: its folder is created and a
    private folder made and removed in it, as the real write will. Leftovers of a killed
    run are removed on the way."""
    if target.is_dir():
        return f"cannot write {target}: it is a folder"
    if not is_replaceable(target):
        return f"cannot write {target}: not a regular file (a device, pipe or socket)"
    try:
        remove_stale(target)
        with private_dir(target):
            pass
    except OSError as e:
        return f"cannot write {target}: {e.strerror or type(e).__name__} ({target.parent})"
    return None


def remove_stale(target: Path) -> list[str]:
    """Remove the temporaries a killed run left beside ``target``; returns their names."""
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return []
    legacy = {pattern.format(name=target.name) for pattern in LEGACY}
    removed = []
    for entry in entries:
        if entry.name.startswith(_prefix(target)) or entry.name in legacy:
            _remove(Path(entry.path))
            removed.append(entry.name)
    if removed:
        logger.info("removed %d temporary file(s) of an interrupted run", len(removed))
    return removed


def _remove(path: Path) -> None:
    try:
        st = os.lstat(path)
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid():
            shutil.rmtree(path)  # never follows a symlink inside
        elif not stat.S_ISDIR(st.st_mode):
            path.unlink()  # a file or a planted symlink itself, not what it points at
    except OSError as e:
        logger.warning("cannot remove %s: %s", path.name, type(e).__name__)
