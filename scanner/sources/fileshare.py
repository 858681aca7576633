"""Walk local folders (and mounted shares) into SourceItems, without following symlinks.

Symlinked directories are not followed (no loops); unreadable folders and files become
``permission_denied`` errors and the walk goes on.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath

from scanner.models import FileError, SourceItem

logger = logging.getLogger(__name__)


def display_path(path: str) -> str:
    """A path safe for UTF-8 outputs: undecodable bytes shown as \\xNN escapes.

    >>> display_path("cv_" + b"\\xff".decode("utf-8", "surrogateescape") + ".txt")
    'cv_\\\\xff.txt'
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


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


def item_for(path: str, st: os.stat_result) -> SourceItem:
    modified = datetime.fromtimestamp(st.st_mtime, tz=UTC)
    return SourceItem(path=path, member=None, size=st.st_size, modified=modified)


def walk(
    root: str, include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[SourceItem | FileError]:
    """Yield every regular file under ``root`` (or ``root`` itself when it is a file)."""
    try:
        st = os.stat(root)
    except OSError as e:
        yield FileError(display_path(root), None, "source", _error_code(e), type(e).__name__)
        return
    if stat.S_ISREG(st.st_mode):
        yield item_for(root, st)
        return
    yield from _walk_dir(root, "", include, exclude)


def _walk_dir(
    top: str, rel: str, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[SourceItem | FileError]:
    folder = os.path.join(top, rel) if rel else top
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield FileError(display_path(folder), None, "source", _error_code(e), type(e).__name__)
        return
    for entry in entries:
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk_dir(top, child_rel, include, exclude)
            elif entry.is_file(follow_symlinks=False) and is_selected(child_rel, include,
                                                                      exclude):
                yield item_for(entry.path, entry.stat(follow_symlinks=False))
        except OSError as e:
            yield FileError(display_path(entry.path), None, "source", _error_code(e),
                            type(e).__name__)


def _error_code(e: OSError) -> str:
    return "permission_denied" if isinstance(e, PermissionError) else "corrupt"
