"""Writing the share: rendered documents, manifest.json and the file ages (mtimes)."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from samplegen.common import REFERENCE_DATE, Doc
from samplegen.share import build_manifest, plan_share


def _mtime(age_days: int) -> float:
    """09:00 UTC, age_days before REFERENCE_DATE: the same on any day (scan --as-of it)."""
    day = REFERENCE_DATE - timedelta(days=age_days)
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC).timestamp()


def apply_mtimes(root: Path, files: list[dict[str, object]]) -> int:
    """Set each file's mtime from its manifest age; returns the number of files touched."""
    touched = 0
    for f in files:
        target = root / str(f["path"])
        if target.exists():
            t = _mtime(int(str(f["age_days"])))
            os.utime(target, (t, t))
            touched += 1
    return touched


def touch_share(out: Path) -> int:
    """Re-apply the ages in out/manifest.json to out/documents; returns the files touched."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return apply_mtimes(out / "documents", manifest["files"])


def write_share(out: Path) -> list[Doc]:
    """Render every document under out/documents and write out/manifest.json."""
    docs = plan_share()
    target = out / "documents"
    if target.exists():
        shutil.rmtree(target)
    for d in docs:
        path = target / d.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(d.render())
    manifest = build_manifest(docs)
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    apply_mtimes(target, manifest["files"])  # type: ignore[arg-type]
    return docs
