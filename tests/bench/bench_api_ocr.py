"""Benchmark: text-only checks while OCR-heavy checks run (issue 19).

Starts a warm server (--workers 2), then: 50 text CV checks from 8 clients alone; then the
same while two scanned (image-only, 3-page) PDFs are being checked. Prints the text checks'
p50/p95 and the OCR checks' times and answers. BENCH_API_BASELINE=<checkout> runs that
checkout's server the same way, side by side (e.g. ``git worktree add /tmp/base <commit>``).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.api.conftest import Server, start_server, stop_server
from tests.check.cvs import cv_pdf, scanned_pdf

TEXT_CHECKS, CLIENTS = 50, 8


def start(repo: Path, args: list[str]) -> Server:
    """A server of the code at ``repo`` (this checkout or a baseline), no API key."""
    env = {k: v for k, v in os.environ.items() if k != "PRIVACYSCAN_API_KEY"}
    return start_server(args, env, ready_s=180.0, cwd=repo)


def check(url: str, name: str, data: bytes) -> tuple[float, int]:
    t = time.perf_counter()
    r = httpx.post(f"{url}/v1/check", files={"file": (name, data, "application/pdf")},
                   timeout=600)
    return time.perf_counter() - t, r.status_code


def text_checks(url: str) -> list[float]:
    data = cv_pdf(bsn=True, pages=2)
    with ThreadPoolExecutor(CLIENTS) as pool:
        return [s for s, _ in pool.map(lambda n: check(url, f"cv{n}.pdf", data),
                                       range(TEXT_CHECKS))]


def run(label: str, repo: Path) -> None:
    server = start(repo, ["--workers", "2", "--timeout", "120"])
    try:
        text_checks(server.url)  # warm
        alone = text_checks(server.url)
        scans = scanned_pdf(3)
        with ThreadPoolExecutor(2) as pool:
            ocr = [pool.submit(check, server.url, f"scan{n}.pdf", scans) for n in range(2)]
            time.sleep(0.5)
            busy = text_checks(server.url)
            ocr_done = [f.result() for f in ocr]
    finally:
        stop_server(server)
    for case, secs in (("text alone", alone), ("text beside 2 OCR", busy)):
        q = statistics.quantiles(secs, n=100, method="inclusive")
        print(f"{label:<14}{case:<20}{len(secs):>4}{q[49]:>9.2f}{q[94]:>9.2f}")
    print(f"{label:<14}{'OCR checks':<20}{2:>4}   " + ", ".join(
        f"{s:.1f} s ({code})" for s, code in ocr_done))


def main() -> None:
    print(f"{'code':<14}{'case':<20}{'n':>4}{'p50 s':>9}{'p95 s':>9}")
    run("this checkout", REPO)
    if os.environ.get("BENCH_API_BASELINE"):
        run("baseline", Path(os.environ["BENCH_API_BASELINE"]))


if __name__ == "__main__":
    main()
