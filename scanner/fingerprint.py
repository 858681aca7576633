"""HMAC fingerprints of normalized identifiers (SPEC: Fingerprint) and the key they use."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_ENV = "PRIVACYSCAN_KEY"
MIN_KEY_BYTES = 16  # a shorter HMAC key can be guessed from the fingerprints it made


def fingerprint(key: bytes, entity: str, normalized: str) -> str:
    """``HMAC-SHA256(key, f"{entity}:{normalized}")`` as hex.

    >>> fingerprint(b"k", "NL_BSN", "111222333")[:16]
    'b6408652d6d7756b'
    """
    return hmac.new(key, f"{entity}:{normalized}".encode(), hashlib.sha256).hexdigest()


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


class KeyProblem(Exception):
    """A key that must not be used (too short); the message names where it came from."""


def load_key(db_path: Path | None) -> bytes:
    """The key from ``PRIVACYSCAN_KEY``; else a random key created once beside the index (0600).

    Raises KeyProblem for a key shorter than MIN_KEY_BYTES, from either place.
    """
    env = os.environ.get(KEY_ENV)
    if env:
        return _checked(env.encode("utf-8"), KEY_ENV)
    if db_path is None:
        raise KeyError(f"{KEY_ENV} is not set and there is no index to keep a key beside")
    key_file = key_file_for(db_path)
    if not key_file.exists():
        create_key_file(key_file)
    with contextlib.suppress(OSError):  # a key made 0644 by an older version: close it down
        if key_file.stat().st_mode & 0o077:
            key_file.chmod(0o600)
    return _checked(key_file.read_text().strip().encode("utf-8"), str(key_file))


def _checked(key: bytes, source: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise KeyProblem(f"the key in {source} has {len(key)} bytes; at least "
                         f"{MIN_KEY_BYTES} are needed")
    return key


def create_key_file(key_file: Path) -> None:
    """Write a new random key so that it appears whole or not at all: a private temporary
    file, fsynced, then hard-linked to the key's name, which never replaces a key that a
    concurrent first scan linked there first (both then use that one)."""
    key_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = key_file.with_name(f".{key_file.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                 0o600)
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, key_file)
        dir_fd = os.open(key_file.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    finally:
        tmp.unlink(missing_ok=True)
