"""Configurable bounds for extraction (documented in the README's "Formats and limits").

Every field can be set on the command line: ``--limit max_depth=4 --limit ocr=false``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class Limits:
    max_file_size: int = 200 * 1024 * 1024  # bytes read from one file on the share
    max_member_size: int = 100 * 1024 * 1024  # uncompressed bytes of one archive member
    max_total_uncompressed: int = 500 * 1024 * 1024  # all members of one archive, all levels
    max_ratio: float = 200.0  # uncompressed / compressed size of a member
    max_members: int = 10_000  # members of one archive
    max_depth: int = 8  # archive / attachment nesting depth
    timeout_s: float = 120.0  # per file, enforced by killing the worker process
    max_text_chars: int = 20_000_000  # text kept from one file
    ocr: bool = True
    ocr_max_pages: int = 50  # image-only PDF pages (or image frames) OCR'd per file
    ocr_max_images: int = 30  # images inside a document OCR'd per file (seconds each)
    regex_timeout_s: float = 1.0  # per detector pattern and text chunk; over it: "timeout"
    # address space of a local worker process (RLIMIT_AS); over it a file is `too_large`
    max_worker_memory: int = 2 * 1024 * 1024 * 1024

    def with_settings(self, settings: list[str]) -> Limits:
        """These limits with ``KEY=VALUE`` settings applied; ValueError names a bad one.

        >>> Limits().with_settings(["max_depth=3", "ocr=false", "max_ratio=50"]).max_depth
        3
        """
        types = {f.name: type(getattr(self, f.name)) for f in fields(self)}
        changes: dict[str, Any] = {}  # each value converted to its field's type by _value
        for setting in settings:
            key, sep, raw = (part.strip() for part in setting.partition("="))
            if not sep or key not in types:
                raise ValueError(f"{setting!r}: expected KEY=VALUE, KEY one of "
                                 f"{', '.join(sorted(types))}")
            changes[key] = _value(key, raw, types[key])
        return replace(self, **changes)


_CUTS = [0]  # texts cut at max_text_chars in this process (scan_item reads it per file)


def kept_text(text: str, limits: Limits) -> str:
    """The first ``max_text_chars`` of a file's text. A cut is counted: the file is then
    marked `too_large` (so `unscannable`) instead of "scanned" with its rest unsearched.

    >>> kept_text("abcdef", Limits(max_text_chars=4)), text_cuts() > 0
    ('abcd', True)
    """
    if len(text) <= limits.max_text_chars:
        return text
    _CUTS[0] += 1
    return text[: limits.max_text_chars]


def text_cuts() -> int:
    return _CUTS[0]


def _value(key: str, raw: str, kind: type) -> object:
    if kind is bool:
        if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(f"{key}: expected true or false, got {raw!r}")
        return raw.lower() in ("true", "1", "yes")
    try:
        value = kind(raw)
    except ValueError:
        raise ValueError(f"{key}: expected a number, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{key}: must be positive")
    return value
