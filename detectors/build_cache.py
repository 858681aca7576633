"""Data the detectors derive from large inputs, kept between processes as small JSON files.

A worker that builds the special-category lexicon reverses spaCy's ~30 MB lemma table to
find the word forms of ~1,300 lemmas (~0.2 CPU-s per language, per process); the answer is a
20 KB dict that only changes when the lemmas or the table change. It is stored under a name
that is the hash of everything it is derived from, so a stale file is never read: a changed
input is a new name. Nothing is committed; a cache that cannot be written is skipped.

The folder: $PRIVACYSCAN_CACHE_DIR, else ``<sys.prefix>/var/cache/privacyscan`` (the venv
the code runs from, as trusted as the code; created on first use).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)
ENV = "PRIVACYSCAN_CACHE_DIR"


def cache_dir() -> Path:
    return Path(os.environ.get(ENV) or Path(sys.prefix) / "var" / "cache" / "privacyscan")


def key_of(*parts: object) -> str:
    """A hash of ``parts`` (JSON-serialisable): the cache file's name."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:32]


def cached_json(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """``build()``'s JSON value, read from the cache when a file of that key exists."""
    path = cache_dir() / f"{kind}-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # absent (first use), or torn by a crash: built again
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: Any) -> None:
    """Atomically (workers starting together may write the same file): temp file, rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(value, f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as e:  # a read-only install: the value is rebuilt per process instead
        logger.debug("build cache not written (%s): %s", path.parent, e)
