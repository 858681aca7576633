"""Walk local folders (and mounted shares) into SourceItems, never following a symlink.

The PATH argument itself is followed when it is a folder (a share is often mounted behind a
symlink); below it nothing is: symlinks, FIFOs, devices and sockets become ``skipped``
entries with a reason. The walk is iterative and opens each folder relative to an open file
descriptor when its path passes PATH_MAX, so a thousand nested folders are walked like ten.
Each folder and file carries the device and inode the walk saw, and the folder (or the
reader, ``scanner.sources.localread``) refuses to read anything else in its place.
"""

from __future__ import annotations

import contextlib
import fnmatch
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath

from scanner.models import FileError, SkippedEntry, SourceItem
from scanner.sources.localpath import DIR_FLAGS, display_path, open_path

logger = logging.getLogger(__name__)

__all__ = ["display_path", "is_selected", "walk"]

Entry = SourceItem | FileError | SkippedEntry
Folder = tuple[str, int, int]  # (path relative to the root, st_dev, st_ino)


def is_selected(rel: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Glob filters on the '/'-separated path relative to the root.

    >>> is_selected("HR/a.pdf", ["*.pdf"], [])
    True
    >>> is_selected("HR/a.pdf", [], ["HR/**"])
    False
    """
    path = PurePosixPath(rel)
    def hit(pattern: str) -> bool:
        return path.match(pattern) or fnmatch.fnmatch(rel, pattern)
    if any(hit(p) for p in exclude):
        return False
    return not include or any(hit(p) for p in include)


def entry_for(path: str, st: os.stat_result) -> SourceItem | SkippedEntry:
    """A regular file becomes an item to read; anything else a skipped entry with a reason."""
    modified = datetime.fromtimestamp(st.st_mtime, tz=UTC)
    if stat.S_ISREG(st.st_mode):
        return SourceItem(path=path, member=None, size=st.st_size, modified=modified,
                          dev=st.st_dev, ino=st.st_ino)
    return SkippedEntry(path=path, reason=skip_reason(st.st_mode), size=st.st_size,
                        modified=modified)


def skip_reason(mode: int) -> str:
    """
    >>> skip_reason(stat.S_IFLNK), skip_reason(stat.S_IFIFO), skip_reason(stat.S_IFCHR)
    ('symlink', 'fifo', 'device')
    """
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "socket" if stat.S_ISSOCK(mode) else "not a regular file"


def walk(root: str, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[Entry]:
    """Every entry under ``root`` (or ``root`` itself when it is not a folder)."""
    try:
        st = os.lstat(root)
    except OSError as e:
        yield source_error(root, e)
        return
    if stat.S_ISLNK(st.st_mode):  # followed only to a folder (a share mounted behind a link)
        with contextlib.suppress(OSError):
            target = os.stat(root)
            st = target if stat.S_ISDIR(target.st_mode) else st
    if not stat.S_ISDIR(st.st_mode):
        yield entry_for(root, st)
        return
    stack: list[Folder] = [("", st.st_dev, st.st_ino)]
    while stack:
        folder = stack.pop()
        entries, subfolders = _list(root, folder, include, exclude)
        yield from entries
        stack.extend(reversed(subfolders))  # popped in name order


def _list(root: str, folder: Folder, include: Sequence[str], exclude: Sequence[str]
          ) -> tuple[list[Entry], list[Folder]]:
    """One folder's entries and its subfolders, listed through one open fd."""
    rel, dev, ino = folder
    path = _join(root, rel)
    try:
        fd = open_path(path, DIR_FLAGS | (os.O_NOFOLLOW if rel else 0))
    except OSError as e:
        return [source_error(path, e)], []
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != (dev, ino):  # swapped since its parent was listed
            return [FileError(path, None, "source", "corrupt",
                              "folder replaced during the scan; not listed")], []
        with os.scandir(fd) as it:
            found = sorted(it, key=lambda e: e.name)
        return _sort_out(root, rel, found, include, exclude)
    except OSError as e:
        return [source_error(path, e)], []
    finally:
        os.close(fd)


def _sort_out(root: str, rel: str, found: Sequence[os.DirEntry[str]], include: Sequence[str],
              exclude: Sequence[str]) -> tuple[list[Entry], list[Folder]]:
    """Subfolders to walk; files and special files (filtered) as entries."""
    entries: list[Entry] = []
    subfolders: list[Folder] = []
    for e in found:
        child = f"{rel}/{e.name}" if rel else e.name
        try:
            st = e.stat(follow_symlinks=False)  # fstatat on the folder's fd: any depth
        except OSError as err:
            entries.append(source_error(_join(root, child), err))
            continue
        if stat.S_ISDIR(st.st_mode):
            subfolders.append((child, st.st_dev, st.st_ino))
        elif is_selected(child, include, exclude):
            entries.append(entry_for(_join(root, child), st))
    return entries, subfolders


def _join(root: str, rel: str) -> str:
    return os.path.join(root, rel) if rel else root


def source_error(path: str, e: OSError) -> FileError:
    """A walk error as a per-file error; the message is the system's, never file content."""
    code = "permission_denied" if isinstance(e, PermissionError) else "corrupt"
    message = os.strerror(e.errno) if e.errno else type(e).__name__
    return FileError(path, None, "source", code, message)  # shown by the record, once
