"""The ruleset stamp: what a file's findings depend on besides its bytes.

The detector and extractor code and data, the per-file stage, the policy in force and the
extraction limits. When the stamp differs from the last complete scan's, the next scan
re-reads every file: an upgrade or a new policy must not leave old findings on files that
did not change.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from scanner.extract.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("detectors", "scanner/extract", "scanner/policy", "scanner/scan_item.py")
SUFFIXES = {".py", ".toml", ".txt", ".json", ".tsv", ".csv", ".gz"}


def ruleset_stamp(policy_path: str | None, limits: Limits) -> str:
    """16 hex digits; the per-file timeout is left out (a retry setting, not a rule)."""
    h = hashlib.sha256()
    for name in SOURCES:
        base = ROOT / name
        for f in sorted(base.rglob("*")) if base.is_dir() else [base]:
            if f.suffix in SUFFIXES and f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes())
    if policy_path:
        h.update(b"policy\0" + Path(policy_path).read_bytes())
    h.update(repr(replace(limits, timeout_s=0)).encode())
    return h.hexdigest()[:16]
