"""Excel report benchmark: time and peak memory of the real report path (SQLite index ->
workbook) for 100k and 1M findings.

Each size builds an index through ``Index.record`` (10 findings a file, 1 % triaged, some
error files and retention rules), then writes the report in a fresh child process, so the
peak RSS is the report's own. BENCH_REPORT_SIZES (default "100000,1000000") sets the sizes;
BENCH_REPORT_BASELINE=<checkout> runs that checkout's report code on the same index, side
by side (e.g. ``git worktree add /tmp/base <commit>``). Prints a table; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

PER_FILE = 10
RULES = [("bsn-on-cv", "high", "cv"), ("special-category", "high", "medical"),
         ("iban-on-cv", "medium", "cv"), (None, "info", "other")]

CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from scanner.index import Index
from scanner.report_input import write_excel_report
index = Index(Path({db!r}))
t = time.perf_counter()
write_excel_report(index, 1, Path({out!r}), lang="nl", policy_path=None,
                   previous_report=None, password=None)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def build_index(db: Path, n_findings: int) -> float:
    """An index with one complete scan of ``n_findings`` findings; returns seconds taken."""
    from scanner.index import Index
    from scanner.models import FileRecord, Finding, ScanResult

    started = time.perf_counter()
    index = Index(db)
    scan_id, _ = index.begin_scan(["/share"])
    modified = datetime(2020, 1, 1, tzinfo=UTC)
    for n in range(n_findings // PER_FILE):
        rule, severity, doc_type = RULES[n % len(RULES)]
        path = f"/share/afdeling{n % 40}/map{n % 500}/document{n}.pdf"
        error = "corrupt" if n % 97 == 0 else None
        file = FileRecord(path=path, member=None, status="error" if error else "scanned",
                          error=error, doc_type=doc_type, size=10_000 + n, modified=modified,
                          ocr=False, rules=("retention-candidate",) if n % 7 == 0 else ())
        findings = tuple(
            Finding(path=path, member=None, page=1 + k % 3, location=f"page {1 + k % 3}",
                    entity="NL_BSN", confidence=0.95, masked="*****" + f"{k:04d}",
                    fingerprint=f"{n * PER_FILE + k:064x}", doc_type=doc_type, rule=rule,
                    severity=severity, finding_id=f"{n * PER_FILE + k:020x}")
            for k in range(0 if error else PER_FILE))
        index.record(path, 0, [ScanResult(file, findings)], scan_id)
    index.finish_scan(scan_id, ["/share"])
    index.save_triage((f"{i:020x}", "false_positive", "testnummer")
                      for i in range(0, n_findings, 100))
    index.close()
    return time.perf_counter() - started


def run(repo: Path, db: Path, out: Path) -> tuple[float, float]:
    res = subprocess.run([sys.executable, "-c", CHILD.format(repo=str(repo), db=str(db),
                                                             out=str(out))],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(res[0]), int(res[1]) / 1024


def main() -> None:
    sizes = [int(x) for x in os.environ.get("BENCH_REPORT_SIZES", "100000,1000000").split(",")]
    baseline = os.environ.get("BENCH_REPORT_BASELINE")
    code = [("this checkout", REPO)] + ([("baseline", Path(baseline))] if baseline else [])
    print(f"{'findings':>10} {'code':>14} {'seconds':>8} {'rows/s':>8} {'peak RSS MB':>12} "
          f"{'file MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            db = Path(tmp) / f"i{n}.sqlite"
            build_index(db, n)
            for label, repo in code:
                out = Path(tmp) / f"r{n}.xlsx"
                secs, rss = run(repo, db, out)
                print(f"{n:>10} {label:>14} {secs:>8.1f} {n / secs:>8.0f} {rss:>12.0f} "
                      f"{out.stat().st_size / 1e6:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
