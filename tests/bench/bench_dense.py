"""Identifier-dense files as a share holds them: HR notes, contact lists, CSV exports.

    .venv/bin/python tests/bench/bench_dense.py   [BENCH_DENSE_FILES=150]
    [BENCH_BASELINE=<a main checkout>: a "before" column of its detect(), see baseline.py]

Prints, side by side in one run (never asserts):
1. detect() MB/s on 100 KB of dense HR text against a bare compiled-regex + python-stdnum
   pass over the same bytes (BSN, IBAN: the floor any scanner pays);
2. a whole `privacyscan scan` (process start, outputs included) of N such 100 KB files,
   1 and 2 workers, MB/s and the ratio to the bare pass;
3. where one file's time goes, stage by stage (walk, read, extract, classify, detect,
   policy, index, outputs), run in this process on the same files.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker

from tests.bench import baseline
from tests.bench.bench_detectors import _bare
from tests.eval import synth

SIZE = 100_000
FILES = int(os.environ.get("BENCH_DENSE_FILES", "150"))
BIN = Path(sys.executable).with_name("privacyscan")


def _hr_line(fake: Faker, rng: random.Random) -> str:
    """One line of an HR note or contact list: several identifiers, as people write them."""
    kind = rng.random()
    if kind < 0.4:
        return (f"{fake.name()}; BSN {synth.bsn(rng)}; {synth.nl_iban(rng, spaced=True)}; "
                f"{synth.phone(rng)}; {fake.email()}; geb. "
                f"{fake.date_of_birth().strftime('%d-%m-%Y')}\n")
    if kind < 0.7:
        return (f"Gesprek met {fake.name()} ({fake.email()}, tel. {synth.phone(rng)}) over "
                f"de planning bij {fake.company()} in {fake.city()}; ordernr. "
                f"{rng.randint(10**8, 10**9 - 1)}.\n")
    return f"{fake.sentence(12)} {fake.sentence(10)}\n"


def dense_text(seed: int) -> str:
    fake, rng = Faker("nl_NL"), random.Random(seed)
    fake.seed_instance(seed)
    lines: list[str] = []
    while sum(map(len, lines)) < SIZE:
        lines.append(_hr_line(fake, rng))
    return "".join(lines)[:SIZE]


def _rate(fn: object, texts: list[str]) -> float:
    clock = getattr(time, baseline.CLOCK)  # the clock of the detect() rows
    t0 = clock()
    for t in texts:
        fn(t)  # type: ignore[operator]
    return sum(map(len, texts)) / (clock() - t0) / 1e6


def detection_rows(texts: list[str]) -> None:
    from detectors import detect

    detect(texts[0][:1000], "nl")  # build the analyzer outside the timing
    times, before = baseline.side_by_side(lambda t: detect(t, "nl"), texts)
    ours, bare = baseline.mbs(texts, times), _rate(_bare, texts)
    head = f" {'before':>8} {'x before':>8}" if before else ""
    print(f"{'pass over 100 KB dense HR text':52} {'MB/s':>8} {'x bare':>8}{head}")
    print(f"{'bare regex + python-stdnum (BSN, IBAN)':52} {bare:8.2f} {1.0:8.2f}")
    row = f"{'privacyscan detect(): every SPEC entity':52} {ours:8.2f} {ours / bare:8.2f}"
    if before:
        then = baseline.mbs(texts, before)
        row += f" {then:8.2f} {ours / then:8.2f}"
    print(row)


def scan_rows(share: Path, bare_mbs: float) -> None:
    size = sum(p.stat().st_size for p in share.iterdir())
    print(f"\n{'whole scan of ' + str(FILES) + ' x 100 KB (outputs included)':52} "
          f"{'seconds':>8} {'MB/s':>8} {'x bare':>8}")
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            subprocess.run([str(BIN), "scan", str(share), "--workers", str(workers), "--quiet",
                            "--report", f"{out}/r.xlsx", "--jsonl", f"{out}/f.jsonl"],
                           check=False, capture_output=True)
            dt = time.perf_counter() - t0
        mbs = size / dt / 1e6
        print(f"{'scan --workers ' + str(workers):52} {dt:8.1f} {mbs:8.2f} {mbs / bare_mbs:8.2f}")


def stage_rows(share: Path) -> None:
    """Each stage of the per-file work, timed in this process over the same files."""
    from reports.jsonl import write_jsonl
    from scanner.extract import extract
    from scanner.extract.limits import Limits
    from scanner.index import Index
    from scanner.models import FileRecord, ScanResult, TextChunk
    from scanner.policy import apply_policy, classify, load_policy
    from scanner.scan_item import detect_findings, read_bytes
    from scanner.sources.fileshare import walk

    limits, policy, now = Limits(), load_policy(None), datetime.now(UTC)
    t: dict[str, float] = dict.fromkeys(
        ("walk", "read", "extract", "classify", "detect", "policy", "index", "outputs"), 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        index = Index(Path(tmp) / "i.sqlite")
        scan_id, _ = index.begin_scan([str(share)])
        t0 = time.perf_counter()
        items = [x for x in walk(str(share), (), ())]
        t["walk"] = time.perf_counter() - t0
        for item in items:
            marks = [time.perf_counter()]
            data = read_bytes(item, limits)
            marks.append(time.perf_counter())
            chunks = [c for c in extract(item, data, limits) if isinstance(c, TextChunk)]
            marks.append(time.perf_counter())
            doc_type, reason = classify(item, chunks)
            marks.append(time.perf_counter())
            record = FileRecord(path=item.path, member=None, status="scanned", error=None,
                                doc_type=doc_type, size=item.size, modified=item.modified,
                                ocr=False, doc_reason=reason)
            findings = detect_findings(record, chunks, b"bench-key-not-secret")
            marks.append(time.perf_counter())
            record, findings = apply_policy(policy, record, findings, now)
            marks.append(time.perf_counter())
            index.record(record.path, 0, [ScanResult(record, tuple(findings))], scan_id)
            marks.append(time.perf_counter())
            for name, a, b in zip(("read", "extract", "classify", "detect", "policy", "index"),
                                  marks, marks[1:], strict=False):
                t[name] += b - a
        index.finish_scan(scan_id, [str(share)])
        t0 = time.perf_counter()
        write_jsonl(f"{tmp}/f.jsonl", index.files(scan_id), index.findings(scan_id))
        t["outputs"] = time.perf_counter() - t0
        index.close()
    total = sum(t.values())
    print(f"\n{'stage (one process, ' + str(len(items)) + ' files)':52} {'seconds':>8} {'share':>8}")
    for name, secs in t.items():
        print(f"{name:52} {secs:8.2f} {secs / total:8.1%}")


def main() -> None:
    texts = [dense_text(i) for i in range(10)]
    print(f"dense HR text: {len(texts)} x {SIZE // 1000} KB, "
          f"median {statistics.median(t.count(chr(10)) for t in texts):.0f} lines each\n")
    detection_rows(texts)
    bare = _rate(_bare, texts)
    with tempfile.TemporaryDirectory() as tmp:
        share = Path(tmp) / "share"
        share.mkdir()
        for i in range(FILES):
            (share / f"hr_notities_{i:04d}.txt").write_text(dense_text(1000 + i), "utf-8")
        scan_rows(share, bare)
        stage_rows(share)


if __name__ == "__main__":
    main()
