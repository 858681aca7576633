"""Excel report benchmark: time and peak memory for 100k and 1M findings (streamed).

BENCH_REPORT_SIZES (default "100000,1000000") sets the sizes. Prints a table; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

CHILD = """
import sys, resource, time
sys.path.insert(0, {repo!r})
from reports.excel import ReportInput, RuleRow, write_report
from scanner.models import Finding
n = {n}
def findings():
    for i in range(n):
        yield Finding(path=f"/share/map{{i % 500}}/doc{{i}}.pdf", member=None, page=1 + i % 3,
                      location="page 1", entity="NL_BSN", confidence=0.95, masked="******333",
                      fingerprint=f"{{i:064x}}", doc_type="cv", rule="bsn-on-cv",
                      severity="high", finding_id=f"{{i:020x}}")
data = ReportInput(scope=["/share"], scan_time="2026-11-25", file_counts={{"scanned": n}},
                   by_rule={{("bsn-on-cv", "high"): n}}, by_entity={{"NL_BSN": n}},
                   by_doc_type={{"cv": n}}, files=(), findings=findings(),
                   rules=[RuleRow("bsn-on-cv", "high", True, "zet nooit uw BSN op uw cv")])
t = time.perf_counter()
write_report(__import__("pathlib").Path({out!r}), data)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> None:
    sizes = [int(x) for x in os.environ.get("BENCH_REPORT_SIZES", "100000,1000000").split(",")]
    print(f"{'findings':>10} {'seconds':>8} {'rows/s':>8} {'peak RSS MB':>12} {'file MB':>8} "
          f"{'sheets':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            out = Path(tmp) / f"r{n}.xlsx"
            res = subprocess.run([sys.executable, "-c", CHILD.format(repo=str(REPO), n=n,
                                                                     out=str(out))],
                                 check=True, capture_output=True, text=True).stdout.split()
            secs, rss = float(res[0]), int(res[1])
            sheets = 1 + n // 1_048_575
            print(f"{n:>10} {secs:>8.1f} {n / secs:>8.0f} {rss / 1024:>12.0f} "
                  f"{out.stat().st_size / 1e6:>8.1f} {sheets:>6}")


if __name__ == "__main__":
    main()
