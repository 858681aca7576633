"""Local paths: a lossless text form for the index and outputs, and opening at any depth.

File names on a share are bytes. Python holds undecodable bytes as surrogates
(PEP 383); the index and the outputs need text, so a path is written with each byte that is
not UTF-8 as ``\\xNN`` and a literal backslash doubled, which keeps two names apart that
would otherwise print alike (SPEC: "never merged with another name").
Linux refuses a path of PATH_MAX (4096) bytes or more: deeper files are opened folder by
folder relative to an open folder (openat), as ``find`` does.
"""

from __future__ import annotations

import os
import re

# Bytes of one path handed to the kernel at a time: below PATH_MAX with room to spare.
CHUNK = 3800
DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def display_path(path: str) -> str:
    """The lossless text form of a path (index key and outputs): reversible by ``fs_path``.

    >>> display_path("cv_" + b"\\xff".decode("utf-8", "surrogateescape") + ".txt")
    'cv_\\\\xff.txt'
    >>> display_path("cv_\\\\xff.txt")  # the same characters typed as text: kept apart
    'cv_\\\\\\\\xff.txt'
    """
    escaped = path.replace("\\", "\\\\")
    return escaped.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def fs_path(text: str) -> str:
    """The path (surrogate-escaped str) behind a ``display_path`` text.

    >>> p = "a\\\\xff_" + b"\\xfe".decode("utf-8", "surrogateescape")
    >>> fs_path(display_path(p)) == p
    True
    """
    def unescape(m: re.Match[str]) -> str:
        token = m.group(1)
        if token == "\\":
            return "\\"
        return bytes([int(token[1:], 16)]).decode("utf-8", "surrogateescape")
    return _ESCAPE.sub(unescape, text)


def open_path(path: str, flags: int) -> int:
    """``os.open(path, flags)`` for a path of any length (a deep tree can pass PATH_MAX)."""
    raw = os.fsencode(path)
    if len(raw) < CHUNK:
        return os.open(raw, flags)
    chunks = _chunks(raw)
    fd = os.open(chunks[0], DIR_FLAGS)
    try:
        for chunk in chunks[1:-1]:
            # O_NOFOLLOW guards the chunk's last folder; the caller compares the final
            # fstat with what it listed, which catches a swapped folder anywhere above
            nxt = os.open(chunk, DIR_FLAGS | os.O_NOFOLLOW, dir_fd=fd)
            os.close(fd)
            fd = nxt
        return os.open(chunks[-1], flags, dir_fd=fd)
    finally:
        os.close(fd)


def _chunks(raw: bytes) -> list[bytes]:
    """Split a long path at '/' into pieces shorter than CHUNK bytes (a name is <= 255).

    >>> [len(c) for c in _chunks(b"/" + b"/".join([b"d" * 200] * 40))]
    [3618, 3617, 803]
    """
    chunks: list[bytes] = []
    current: list[bytes] = []
    size = 0
    for part in (p for p in raw.split(b"/") if p):
        if current and size + len(part) + 1 >= CHUNK:
            chunks.append(b"/".join(current))
            current, size = [], 0
        current.append(part)
        size += len(part) + 1
    chunks.append(b"/".join(current))
    if raw.startswith(b"/"):
        chunks[0] = b"/" + chunks[0]
    return chunks
