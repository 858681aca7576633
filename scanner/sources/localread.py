"""Read a local file the walk listed: read-only, never through a symlink, never another file.

The file is opened with O_NOFOLLOW and O_NONBLOCK (a FIFO put in its place cannot hang the
worker), and ``fstat`` must show the device and inode the walk saw. Its mtime is never
written. Its atime is kept by O_NOATIME; where the kernel refuses that (we do not own the
file) the atime is put back after reading, only when the file did not change meanwhile, and
with the mtime left out of the call (UTIME_OMIT), so a save during the read is never undone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from scanner.extract.errors import CorruptDocument, TooLarge, UnsafePath
from scanner.extract.limits import Limits
from scanner.models import SourceItem
from scanner.sources.localpath import open_path

READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
NOATIME = getattr(os, "O_NOATIME", 0)
UTIME_OMIT = (1 << 30) - 2  # <sys/stat.h>: leave this timestamp as it is


def read_local(item: SourceItem, limits: Limits) -> bytes:
    """The bytes of a walked file; raises an ExtractionError or OSError (per-file errors)."""
    fd, noatime = open_for_read(item.path)
    try:
        before = os.fstat(fd)
        check_identity(item, before)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            # read(n) allocates n bytes up front: ask for the file's size, not the limit (a
            # worker's address space is bounded), and for the rest only if it has grown
            want = min(before.st_size, limits.max_file_size) + 1
            data = fh.read(want)
            if len(data) == want:
                data += fh.read(limits.max_file_size + 1 - want)
        if not noatime:
            restore_atime(fd, before)
    finally:
        os.close(fd)
    if len(data) > limits.max_file_size:
        raise TooLarge(f"over the limit of {limits.max_file_size} bytes")
    return data


@contextmanager
def opened(item: SourceItem) -> Iterator[BinaryIO]:
    """The walked file open for streaming, with the same checks and atime care as
    ``read_local``."""
    fd, noatime = open_for_read(item.path)
    try:
        before = os.fstat(fd)
        check_identity(item, before)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            yield fh
        if not noatime:
            restore_atime(fd, before)
    finally:
        os.close(fd)


def open_for_read(path: str) -> tuple[int, bool]:
    """(fd, whether O_NOATIME was granted). A symlink is refused, never followed."""
    try:
        try:
            return open_path(path, READ_FLAGS | NOATIME), bool(NOATIME)
        except PermissionError as e:
            if not NOATIME or e.errno != errno.EPERM:
                raise  # EACCES: really no permission to read
            return open_path(path, READ_FLAGS), False  # EPERM: O_NOATIME needs ownership
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise UnsafePath("became a symlink during the scan; not followed") from e
        raise


def check_identity(item: SourceItem, st: os.stat_result) -> None:
    """Raise unless the open file is the regular file the walk listed."""
    if not stat.S_ISREG(st.st_mode):
        raise CorruptDocument("replaced during the scan by something that is not a file")
    if item.ino and (st.st_dev, st.st_ino) != (item.dev, item.ino):
        raise CorruptDocument("replaced by another file during the scan; read next scan")


def restore_atime(fd: int, before: os.stat_result) -> bool:
    """Put the atime back if reading moved it and nothing else changed; True if it did."""
    after = os.fstat(fd)
    same = (after.st_mtime_ns, after.st_size, after.st_ctime_ns) == (
        before.st_mtime_ns, before.st_size, before.st_ctime_ns)
    if not same or after.st_atime_ns == before.st_atime_ns:
        return False
    try:
        set_atime(fd, before.st_atime_ns)
    except OSError:
        return False  # not ours (the usual case when O_NOATIME was refused): best effort
    return True


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


def set_atime(fd: int, atime_ns: int) -> None:
    """futimens(fd, {atime, UTIME_OMIT}): os.utime cannot leave the mtime alone."""
    times = (_Timespec * 2)(_Timespec(*divmod(atime_ns, 1_000_000_000)),
                            _Timespec(0, UTIME_OMIT))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.futimens(fd, times) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
