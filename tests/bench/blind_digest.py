"""One line per finding over every DEV blind set's documents: the invariant of work that
must not change a finding (a speed or robustness change).

    .venv/bin/python tests/bench/blind_digest.py OUT.tsv [--sets a,b]

Each document of tests/eval/blind/*/docs goes through detect() on its raw text (as the
eval's raw column: ``document=True``, and ``record=True``) and through the per-file
pipeline (scan_item: extract, classify, detect, policy). A line holds the set, document,
column and either a detection (entity, span, score, sha256 of the normalized value,
explanation, label) or a file record (status, error, type, rules) or a finding (location,
entity, confidence, HMAC fingerprint, rule, rules, severity, label); never a raw value.
Two trees that must agree are compared with ``diff``. Only DEV sets are read.
``DIGEST_TREE=/path/to/checkout`` runs another checkout's code (and its sets) instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(os.environ.get("DIGEST_TREE") or Path(__file__).resolve().parents[2])
sys.path.insert(0, str(REPO))

BLIND = REPO / "tests" / "eval" / "blind"


def _documents(chosen: set[str] | None) -> Iterator[tuple[str, Path, str]]:
    from tests.eval.eval_blind import DEV

    for folder in sorted(p for p in BLIND.iterdir() if (p / "labels.jsonl").is_file()):
        if folder.name not in DEV or (chosen is not None and folder.name not in chosen):
            continue
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                label = json.loads(line)
                yield folder.name, folder / "docs" / label["doc"], label.get("lang", "nl")


def _raw(path: Path, lang: str) -> Iterator[str]:
    from detectors import detect

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return  # a binary document: the pipeline column reads it
    for record in (False, True):
        for d in detect(text, lang, record=record, document=True):
            digest = hashlib.sha256(d.normalized.encode("utf-8")).hexdigest()[:16]
            yield "\t".join(["r" if record else "-", d.entity, str(d.start), str(d.end),
                             repr(d.score), digest, d.explanation, d.label])


def _piped(path: Path) -> Iterator[str]:
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem
    from scanner.scan_item import ScanConfig, scan_item
    from tests.eval.eval_blind import SCAN_TIME

    data = path.read_bytes()
    item = SourceItem(path=str(path), member=None, size=len(data), modified=SCAN_TIME)
    cfg = ScanConfig(key=b"digest-key-not-secret", policy_path=None, limits=Limits(),
                     now=SCAN_TIME)
    for result in scan_item(item, data, cfg, [Limits().max_total_uncompressed]):
        f = result.file
        yield "\t".join(["file", str(f.member), f.status, str(f.error), f.doc_type,
                         ",".join(f.rules), str(f.hr_record)])
        for g in result.findings:
            yield "\t".join(["find", str(g.member), str(g.page), g.location, g.entity,
                             repr(g.confidence), g.fingerprint[:16], str(g.rule),
                             ",".join(g.rules), g.severity, g.label, g.doc_type])


def main() -> None:
    out = Path(sys.argv[1])
    chosen = set(sys.argv[sys.argv.index("--sets") + 1].split(",")) if "--sets" in sys.argv \
        else None
    t0, n, rows = time.process_time(), 0, []
    for name, path, lang in _documents(chosen):
        n += 1
        where = f"{name}/{path.name}"
        rows += [f"{where}\traw\t{line}" for line in _raw(path, lang)]
        rows += [f"{where}\tpipe\t{line}" for line in _piped(path)]
    out.write_text("".join(r.replace("\n", "\\n") + "\n" for r in rows), encoding="utf-8")
    print(f"{n} documents, {len(rows)} lines in {time.process_time() - t0:.1f} CPU-s -> {out}")


if __name__ == "__main__":
    main()
