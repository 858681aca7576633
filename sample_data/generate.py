"""Generate the synthetic demo share under sample_data/documents/ (Faker nl_NL, fixed seed).

Every document is first *planned* (text blocks plus the identifiers planted in it, all drawn
from one seeded RNG), then *rendered* to bytes. `planted_values()` runs only the planning
step, so tests can recompute the raw values without writing files; the manifest stores only
entity names and counts, never a raw value.

Usage:
    .venv/bin/python sample_data/generate.py            # regenerate documents/ + manifest.json
    .venv/bin/python sample_data/generate.py --out DIR  # write elsewhere (DIR/documents, DIR/manifest.json)
    .venv/bin/python sample_data/generate.py --touch    # only re-apply mtimes (git drops them)

References: the product SPEC (entities, rules) and the privacy statement (tests/data/privacyverklaring.txt).
"""

# Tests load this file by path without registering it in sys.modules, where a dataclass with
# string annotations fails: keep dataclasses in samplegen/, whose modules import normally.
import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the samplegen package beside this file, from any cwd

from samplegen.output import apply_mtimes, touch_share, write_share
from samplegen.share import build_manifest, plan_share, planted_values

__all__ = [
    "apply_mtimes",
    "build_manifest",
    "main",
    "plan_share",
    "planted_values",
    "touch_share",
    "write_share",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--out", type=Path, default=HERE, help="directory for documents/ and manifest.json"
    )
    ap.add_argument("--touch", action="store_true", help="only re-apply mtimes from the manifest")
    args = ap.parse_args(argv)
    if args.touch:
        print(f"mtimes applied to {touch_share(args.out)} files")
        return 0
    docs = write_share(args.out)
    size = sum(p.stat().st_size for p in (args.out / "documents").rglob("*") if p.is_file())
    print(f"{len(docs)} documents written to {args.out / 'documents'} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
