"""HMAC fingerprints of normalized identifiers (SPEC: Fingerprint) and the key they use."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_ENV = "PRIVACYSCAN_KEY"


def fingerprint(key: bytes, entity: str, normalized: str) -> str:
    """``HMAC-SHA256(key, f"{entity}:{normalized}")`` as hex.

    >>> fingerprint(b"k", "NL_BSN", "111222333")[:16]
    'b6408652d6d7756b'
    """
    return hmac.new(key, f"{entity}:{normalized}".encode(), hashlib.sha256).hexdigest()


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".key")


def load_key(db_path: Path | None) -> bytes:
    """The key from ``PRIVACYSCAN_KEY``; else a random key created once beside the index (0600)."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    if db_path is None:
        raise KeyError(f"{KEY_ENV} is not set and there is no index to keep a key beside")
    key_file = key_file_for(db_path)
    if not key_file.exists():
        key_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return key_file.read_text().strip().encode("utf-8")
