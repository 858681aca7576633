"""A scan never changes a scanned file's bytes or mtime, and keeps its atime."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from tests.crawl.helpers import make_share, scan


def test_scan_preserves_bytes_mtime_and_atime(tmp_path: Path) -> None:
    share = tmp_path / "share"
    paths = make_share(share, n=4)
    for i, p in enumerate(paths):  # atime well in the past, so any read would move it
        os.utime(p, ns=(1_600_000_000_000_000_000 + i, 1_650_000_000_000_000_000 + i))
    before = {p: (hashlib.sha256(Path(p).read_bytes()).hexdigest(), os.stat(p)) for p in paths}
    for p in paths:  # reading for the hash moved atime: set it again
        os.utime(p, ns=(before[p][1].st_atime_ns, before[p][1].st_mtime_ns))
    before = {p: (h, os.stat(p)) for p, (h, _) in before.items()}
    scan([str(share)], tmp_path / "index.sqlite")
    for p, (digest, st) in before.items():
        now = os.stat(p)
        assert now.st_mtime_ns == st.st_mtime_ns
        assert now.st_atime_ns == st.st_atime_ns
        assert hashlib.sha256(Path(p).read_bytes()).hexdigest() == digest
