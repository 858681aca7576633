"""One line per detection of detect() over a fixed corpus: the invariant of speed work.

    .venv/bin/python tests/bench/detect_digest.py OUT.tsv [--texts TEXTS.json] [--wide]

The corpus: the text of every file of the sample share (sample_data/documents, through the
extractor, archive members and attachments included), every snippet of the generated eval
sets (tests/eval/data/*.jsonl), the dense HR texts of bench_dense and the CVs of
bench_detectors. ``--wide`` adds the exports and the name-dense prose of bench_versions and
every document of the blind sets in eval_blind.DEV (looked at while tuning; a held-out set
is never read), the whole document also through detect(document=True). Each text runs
through detect() and detect(record=True). A line is: source, record flag, entity, start,
end, score, sha256 of the normalized value (never the value), masked, explanation, label,
needs_subject. Two runs that must agree are compared with ``diff`` (or ``cmp``).

``--texts``: the extracted texts are written there on the first run and read on the next,
so a change to the extractors (scanner/) does not change the corpus of a comparison. The
file holds the synthetic sample texts: keep it outside the repository.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

EVAL_DATA = REPO / "tests" / "eval" / "data"  # generated sets only; tests/eval/blind never
SHARE = REPO / "sample_data" / "documents"


def _share_texts() -> Iterator[tuple[str, str | None, str]]:
    from scanner.extract import ExtractionError, extract
    from scanner.extract.limits import Limits
    from scanner.models import SourceItem, TextChunk

    limits = Limits()

    def walk(item: SourceItem, data: bytes, name: str) -> Iterator[tuple[str, str | None, str]]:
        try:
            parts = list(extract(item, data, limits))
        except ExtractionError as e:  # an unreadable sample: named, the corpus goes on
            print(f"{name}: {type(e).__name__}", file=sys.stderr)
            return
        for n, part in enumerate(parts):
            if isinstance(part, TextChunk):
                yield f"{name}#{n}:{part.location}", None, part.text
            elif isinstance(part, SourceItem) and part.data is not None:
                yield from walk(part, part.data, f"{name}!{part.member}")

    for path in sorted(p for p in SHARE.rglob("*") if p.is_file()):
        data = path.read_bytes()
        item = SourceItem(path=str(path), member=None, size=len(data),
                          modified=datetime.fromtimestamp(0, UTC))
        yield from walk(item, data, str(path.relative_to(REPO)))


def _eval_texts() -> Iterator[tuple[str, str | None, str]]:
    for f in sorted(EVAL_DATA.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                s = json.loads(line)
                yield f"{f.name}:{n}:{s.get('id', s.get('name', ''))}", s.get("lang"), s["text"]


def _bench_texts() -> Iterator[tuple[str, str | None, str]]:
    from tests.bench.bench_dense import dense_text
    from tests.bench.bench_detectors import cv_text

    for i in range(10):
        yield f"dense:{i}", "nl", dense_text(i)
    for i in range(40):
        yield f"cv:{i}", "nl", cv_text(i)


def _wide_texts() -> Iterator[tuple[str, str | None, str]]:
    """bench_versions' exports and prose, and the documents of the DEV blind sets (their
    source marked ``doc:``: also read as whole documents)."""
    from tests.bench.bench_versions import inputs
    from tests.eval.eval_blind import BLIND, DEV

    for name, texts in inputs().items():
        if "export" in name or "prose" in name:
            yield from ((f"{name}:{i}", "nl", t) for i, t in enumerate(texts))
    for folder in sorted(BLIND / name for name in DEV):
        for doc in sorted((folder / "docs").glob("*")):
            yield f"doc:{folder.name}/{doc.name}", None, doc.read_text(encoding="utf-8")


def corpus(cache: Path | None, wide: bool = False) -> list[tuple[str, str | None, str]]:
    """(source, language, text) of every text, from ``cache`` when it exists."""
    if cache is not None and cache.exists():
        return [tuple(t) for t in json.loads(cache.read_text(encoding="utf-8"))]
    texts = [*_share_texts(), *_eval_texts(), *_bench_texts(), *(_wide_texts() if wide else ())]
    if cache is not None:
        cache.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def lines(texts: list[tuple[str, str | None, str]]) -> Iterator[str]:
    from detectors import detect

    for source, lang, text in texts:
        flags = (False, True, "document") if source.startswith("doc:") else (False, True)
        for record in flags:
            found = (detect(text, lang, document=True) if record == "document"
                     else detect(text, lang, record=bool(record)))
            for d in found:
                digest = hashlib.sha256(d.normalized.encode("utf-8")).hexdigest()[:16]
                yield "\t".join([source, "d" if record == "document" else "r" if record
                                 else "-", d.entity, str(d.start), str(d.end), repr(d.score),
                                 digest, d.masked, d.explanation, d.label,
                                 str(d.needs_subject)])


def main() -> None:
    out = Path(sys.argv[1])
    cache = Path(sys.argv[sys.argv.index("--texts") + 1]) if "--texts" in sys.argv else None
    texts = corpus(cache, "--wide" in sys.argv)
    t0 = time.perf_counter()
    rows = list(lines(texts))
    dt = time.perf_counter() - t0
    out.write_text("".join(r.replace("\n", "\\n") + "\n" for r in rows), encoding="utf-8")
    size = sum(len(t) for _, _, t in texts)
    print(f"{len(texts)} texts, {size / 1e6:.2f} M chars, {len(rows)} detections "
          f"in {dt:.1f} s -> {out}")


if __name__ == "__main__":
    main()
