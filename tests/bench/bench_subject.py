"""Benchmark: `subject` lookups on a synthetic index of a million findings (issue 9).

Builds the index through ``scanner.index.Index`` (so the schema and its indexes are the real
ones), plants one person in a few files, and times ``find_subject`` cold and warm.
Run: .venv/bin/python tests/bench/bench_subject.py [--findings N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scanner.index import Index
from scanner.subject import find_subject, identifiers

KEY = b"bench-key"
PER_FILE = 10
ENTITIES = ("NL_BSN", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "PERSON")
QUERY = {"bsn": ["111222333"], "email": ["a.jansen@example.nl"], "phone": ["0612345678"],
         "iban": ["NL91ABNA0417164300"], "birthdate": ["1990-05-17"], "name": ["Anna Jansen"]}
PLANTED_FILES = 7


def build(db: Path, n_findings: int) -> None:
    index = Index(db)
    rng = random.Random(9)
    person = [i.fingerprint for i in identifiers(QUERY, KEY)]
    with index.db:
        index.db.execute("BEGIN")
        n_files = n_findings // PER_FILE
        index.db.executemany(
            "INSERT INTO files (path, member, size, mtime_us, modified, status, doc_type,"
            " first_scan, checked_scan, last_scan) VALUES (?, '', 1000, 0,"
            " '2024-01-01T00:00:00+00:00', 'scanned', 'cv', 1, 1, 1)",
            ((f"/share/dir{f % 1000}/file{f}.docx",) for f in range(n_files)),
        )
        index.db.executemany(
            "INSERT INTO findings (finding_id, path, location, entity, confidence, masked,"
            " fingerprint, doc_type, severity, first_scan, last_scan)"
            " VALUES (?, ?, ?, ?, 0.9, '******123', ?, 'cv', 'high', 1, 1)",
            (_row(i, rng, person) for i in range(n_findings)),
        )
    index.close()


def _row(i: int, rng: random.Random, person: list[str]) -> tuple[str, str, str, str, str]:
    f = i // PER_FILE
    planted = f < PLANTED_FILES and i % PER_FILE < 2
    fp = person[(f + i) % len(person)] if planted else f"{rng.getrandbits(256):064x}"
    return (f"{i:020d}", f"/share/dir{f % 1000}/file{f}.docx", f"page {i % PER_FILE + 1}",
            ENTITIES[i % len(ENTITIES)], fp)


def timed(db: Path, query: dict[str, list[str]]) -> tuple[float, int]:
    ids = identifiers(query, KEY)
    t = time.perf_counter()
    hits = find_subject(db, ids)
    return time.perf_counter() - t, len(hits)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.sqlite"
        t = time.perf_counter()
        build(db, args.findings)
        built = time.perf_counter() - t
        size = db.stat().st_size / 1e6
        print(f"index: {args.findings:,} findings in {args.findings // PER_FILE:,} files, "
              f"{size:.0f} MB, built in {built:.1f} s")
        print(f"{'query':<28}{'hits':>6}{'first (s)':>12}{'median (s)':>12}{'max (s)':>10}")
        for label, q in [("--bsn", {"bsn": QUERY["bsn"]}),
                         ("--bsn --email --iban", {k: QUERY[k] for k in ("bsn", "email", "iban")}),
                         ("all six", QUERY),
                         ("--bsn (absent)", {"bsn": ["123456782"]})]:
            runs = [timed(db, q) for _ in range(20)]
            secs = [r[0] for r in runs]
            print(f"{label:<28}{runs[0][1]:>6}{secs[0]:>12.4f}{statistics.median(secs):>12.4f}"
                  f"{max(secs):>10.4f}")


if __name__ == "__main__":
    main()
