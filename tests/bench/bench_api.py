"""Benchmark: the HTTP pre-upload check on a warm uvicorn server (issue 8).

Latency p50/p95/p99 for a 2-page text CV in PDF and DOCX, throughput with 8 concurrent
clients, the cost of the worker processes (against --workers 0, checks in a thread), and the
server's memory (with its workers) before and after many requests. Prints a table; never
asserts. Run: .venv/bin/python tests/bench/bench_api.py [--requests 200] [--memory-requests 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.api.conftest import start_server, stop_server
from tests.check.cvs import cv_docx, cv_pdf

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CLIENTS = 8


def files() -> dict[str, tuple[str, bytes, str]]:
    return {
        "pdf": ("cv.pdf", cv_pdf(bsn=True, pages=2), "application/pdf"),
        "docx": ("cv.docx", cv_docx(bsn=True, pages=2), DOCX),
    }


def post(client: httpx.Client, upload: tuple[str, bytes, str]) -> float:
    t = time.perf_counter()
    r = client.post("/v1/check", files={"file": upload})
    r.raise_for_status()
    return time.perf_counter() - t


def percentiles(secs: list[float]) -> tuple[float, float, float]:
    q = statistics.quantiles(secs, n=100, method="inclusive")
    return q[49] * 1000, q[94] * 1000, q[98] * 1000


def sequential(url: str, upload: tuple[str, bytes, str], n: int) -> list[float]:
    with httpx.Client(base_url=url, timeout=60) as c:
        for _ in range(5):
            post(c, upload)  # warm the connection and both workers
        return [post(c, upload) for _ in range(n)]


def concurrent(url: str, upload: tuple[str, bytes, str], n: int) -> tuple[float, list[float]]:
    def client_run(k: int) -> list[float]:
        with httpx.Client(base_url=url, timeout=60) as c:
            return [post(c, upload) for _ in range(k)]

    t = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        runs = list(pool.map(client_run, [n // CLIENTS] * CLIENTS))
    wall = time.perf_counter() - t
    secs = [s for run in runs for s in run]
    return len(secs) / wall, secs


def rss_mb(pid: int) -> tuple[float, float]:
    """RSS and PSS (forked workers share pages; PSS counts them once) of server + workers."""
    proc = psutil.Process(pid)
    mems = [p.memory_full_info() for p in [proc, *proc.children(recursive=True)]]
    return sum(m.rss for m in mems) / 1e6, sum(m.pss for m in mems) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--memory-requests", type=int, default=10_000)
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PRIVACYSCAN_API_KEY"}
    uploads = files()
    print(f"{'case':<34}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>8}")
    for workers in (2, 0):
        server = start_server(["--workers", str(workers)], env)
        try:
            for fmt, upload in uploads.items():
                secs = sequential(server.url, upload, args.requests)
                label = f"{fmt}, sequential, workers={workers}"
                print(f"{label:<34}{len(secs):>6}" + "".join(f"{x:>9.1f}" for x in
                      percentiles(secs)) + f"{len(secs) / sum(secs):>8.1f}")
            if workers:
                for fmt, upload in uploads.items():
                    rate, secs = concurrent(server.url, upload, args.requests * 2)
                    label = f"{fmt}, {CLIENTS} clients, workers={workers}"
                    print(f"{label:<34}{len(secs):>6}" + "".join(f"{x:>9.1f}" for x in
                          percentiles(secs)) + f"{rate:>8.1f}")
                memory(server, uploads, args.memory_requests)
        finally:
            stop_server(server)


def memory(server: object, uploads: dict[str, tuple[str, bytes, str]], n: int) -> None:
    pid = server.process.pid  # type: ignore[attr-defined]
    before = rss_mb(pid)
    t = time.perf_counter()
    half = n // 2
    concurrent(server.url, uploads["pdf"], half)  # type: ignore[attr-defined]
    middle = rss_mb(pid)
    concurrent(server.url, uploads["docx"], n - half)  # type: ignore[attr-defined]
    after = rss_mb(pid)
    print(f"memory RSS/PSS MB (server + workers): before {before[0]:.0f}/{before[1]:.0f},"
          f" after {half:,} {middle[0]:.0f}/{middle[1]:.0f},"
          f" after {n:,} {after[0]:.0f}/{after[1]:.0f} ({time.perf_counter() - t:.0f} s)")


if __name__ == "__main__":
    main()
