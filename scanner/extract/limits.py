"""Configurable bounds for extraction (documented in the README's Limits table)."""

from __future__ import annotations

from dataclasses import dataclass


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
    ocr_max_pages: int = 50
