"""Generate the synthetic demo share under sample_data/documents/ (Faker nl_NL, fixed seed).

Every document is first *planned* (text blocks plus the identifiers planted in it, all drawn
from one seeded RNG), then *rendered* to bytes. `planted_values()` runs only the planning
step, so tests can recompute the raw values without writing files; the manifest stores only
entity names and counts, never a raw value.

Usage:
    .venv/bin/python sample_data/generate.py            # regenerate documents/ + manifest.json
    .venv/bin/python sample_data/generate.py --out DIR  # write elsewhere (DIR/documents, DIR/manifest.json)
    .venv/bin/python sample_data/generate.py --touch    # only re-apply mtimes (git drops them)

References: ../shared/SPEC.md (entities, rules), ../shared/privacyverklaring.txt.
"""

# No `from __future__ import annotations` here or in samplegen/: tests load this file by path
# without registering it in sys.modules, and dataclasses then cannot resolve string annotations.
import argparse
import json
import os
import shutil
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the samplegen package beside this file, from any cwd

from samplegen.common import Doc
from samplegen.share import build_manifest, plan_share, planted_values

__all__ = ["apply_mtimes", "main", "plan_share", "planted_values", "write_share"]



def _mtime(age_days: int, today: date | None = None) -> float:
    """09:00 UTC on (today - age_days): stable within a day, so ages stay meaningful."""
    day = (today or datetime.now(UTC).date()) - timedelta(days=age_days)
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--out", type=Path, default=HERE, help="directory for documents/ and manifest.json"
    )
    ap.add_argument("--touch", action="store_true", help="only re-apply mtimes from the manifest")
    args = ap.parse_args(argv)
    if args.touch:
        manifest = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
        n = apply_mtimes(args.out / "documents", manifest["files"])
        print(f"mtimes applied to {n} files")
        return 0
    docs = write_share(args.out)
    size = sum(p.stat().st_size for p in (args.out / "documents").rglob("*") if p.is_file())
    print(f"{len(docs)} documents written to {args.out / 'documents'} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
