"""Detection throughput (MB/s of plain text, one process) and per-CV latency.

    .venv/bin/python tests/bench/bench_detectors.py
    [BENCH_BASELINE=<a main checkout>: a "before" row of its detect(), see baseline.py]

Rows: our full recognizer set via detect(); (a) a bare compiled regex + python-stdnum pass;
(b) Presidio's AnalyzerEngine on spacy.blank("nl") with a stock-style BSN pattern recognizer
and Presidio's stock IBAN, e-mail and phone recognizers, tokenising every chunk; (c) stock Presidio on an English spaCy
model, when one is installed (none is by default: no model is downloaded). Prints, never asserts.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from faker import Faker
from stdnum import iban as _iban
from stdnum.nl import bsn as _bsn

from detectors import detect
from tests.bench import baseline
from tests.eval import synth


def cv_text(seed: int) -> str:
    """A synthetic two-page Dutch CV (~6,000 characters) with the usual personal details."""
    fake, rng = Faker("nl_NL"), random.Random(seed)
    fake.seed_instance(seed)
    head = (
        f"Curriculum Vitae\n\nPersonalia\nNaam: {fake.name()}\nAdres: {fake.street_address()}"
        f"\n{fake.postcode()} {fake.city()}\nTelefoon: {synth.phone(rng)}\nE-mail: "
        f"{fake.email()}\nGeboortedatum: {fake.date_of_birth().strftime('%d-%m-%Y')}\n"
        f"Rijbewijs: B\nIBAN: {synth.nl_iban(rng, spaced=True)}\n\nProfiel\n"
    )
    body = []
    while sum(map(len, body)) < 5200:
        body.append(
            f"{fake.date(pattern='%m-%Y')} - {fake.date(pattern='%m-%Y')}  "
            f"{fake.job()} bij {fake.company()}, {fake.city()}\n{fake.paragraph(8)}\n"
        )
    return head + "\n".join(body)


def _bare(text: str) -> int:
    """(a) compiled regex + stdnum only: no context, no NLP."""
    nine = re.compile(r"(?<!\d)\d{9}(?!\d)")
    iban = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
    return sum(_bsn.is_valid(m.group()) for m in nine.finditer(text)) + sum(
        _iban.is_valid(m.group()) for m in iban.finditer(text)
    )


def _presidio_blank() -> Callable[[str], object]:
    """(b) AnalyzerEngine on spacy.blank('nl'), stock recognizers, full tokenisation."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
    )

    class StockStyleBsn(PatternRecognizer):  # Presidio ships no Dutch recognizer
        def __init__(self, supported_language: str) -> None:
            super().__init__(
                supported_entity="NL_BSN",
                patterns=[Pattern("bsn", r"\b\d{9}\b", 0.3)],
                context=["bsn", "burgerservicenummer", "sofinummer"],
                supported_language=supported_language,
            )

        def validate_result(self, pattern_text: str) -> bool:
            return bool(_bsn.is_valid(pattern_text))

    class Blank(SpacyNlpEngine):  # type: ignore[misc]
        def load(self) -> None:
            self.nlp = {"nl": spacy.blank("nl")}

    # The stock EmailRecognizer calls tldextract.extract, which downloads the public suffix
    # list on first use; point it at our offline extractor so the bench stays offline.
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    from detectors.contact import _extractor

    email_recognizer.tldextract.extract = _extractor()

    registry = RecognizerRegistry(supported_languages=["nl"])
    for cls in (EmailRecognizer, IbanRecognizer, PhoneRecognizer, StockStyleBsn):
        registry.add_recognizer(cls(supported_language="nl"))
    engine = Blank(models=[{"lang_code": "nl", "model_name": "blank"}])
    engine.load()
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["nl"])
    return lambda text: analyzer.analyze(text, language="nl")


def _presidio_en() -> Callable[[str], object] | None:
    """(c) stock Presidio on an installed English spaCy model, else None."""
    import spacy.util

    model = next(
        (m for m in ("en_core_web_lg", "en_core_web_sm") if spacy.util.is_package(m)), None
    )
    if model is None:
        return None
    from presidio_analyzer import AnalyzerEngine

    analyzer = AnalyzerEngine()
    return lambda text: analyzer.analyze(text, language="en")


def _run(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float, float]:
    """(MB/s, median ms, p95 ms) over ``texts``, after one warm-up call."""
    fn(texts[0])
    times = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        times.append(time.perf_counter() - t0)
    return _stats(texts, times)


def _stats(texts: list[str], times: list[float]) -> tuple[float, float, float]:
    mbs = sum(len(t) for t in texts) / sum(times) / 1e6
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    return mbs, statistics.median(times) * 1e3, p95 * 1e3


def _detect_rows(texts: list[str]) -> None:
    """detect() here, and (BENCH_BASELINE) in the baseline checkout, rounds alternating."""
    times, before = baseline.side_by_side(lambda t: detect(t, "nl"), texts)
    mbs, med, p95 = _stats(texts, times)
    print(f"{'privacyscan detect(): every SPEC entity':58} {mbs:7.2f} {med:10.2f} {p95:8.2f}")
    if before:
        mbs, med, p95 = _stats(texts, before)
        print(f"{'  before: detect() of BENCH_BASELINE':58} {mbs:7.2f} {med:10.2f} {p95:8.2f}")


# A fresh worker's start-up, run in a new interpreter per tree: CPU seconds of importing the
# detectors and the first Dutch detect() (what the scan's forkserver pays once), then of the
# first English one, and the peak RSS after both.
_STARTUP = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
t0 = time.process_time()
from detectors import detect
detect("warm-up: j.jansen@voorbeeld.nl, tel. 06-12345678", "nl")
t1 = time.process_time()
detect("I have worked as a nurse in London since 2019, call +44 20 7946 0958.", "en")
t2 = time.process_time()
print(json.dumps([t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def _startup(tree: Path, rounds: int = 3) -> list[float]:
    """Median [nl CPU-s, en CPU-s, peak RSS MB] of ``rounds`` fresh processes."""
    runs = [json.loads(subprocess.run([sys.executable, "-c", _STARTUP, str(tree)], cwd=tree,
                                      check=True, capture_output=True, text=True)
                       .stdout.splitlines()[-1]) for _ in range(rounds)]
    return [statistics.median(r[k] for r in runs) for k in range(3)]


def _startup_rows() -> None:
    trees = [("this tree", REPO)] + ([("before", Path(baseline.BASELINE))]
                                     if baseline.BASELINE else [])
    print(f"{'detectors start-up (fresh process, CPU clock)':46} {'nl CPU-s':>9} "
          f"{'+en CPU-s':>9} {'RSS MB':>7}")
    for name, tree in trees:
        nl, en, rss = _startup(tree)
        print(f"{'  ' + name:46} {nl:9.2f} {en:9.2f} {rss:7.0f}")
    print()


def main() -> None:
    _startup_rows()
    texts = [cv_text(i) for i in range(40)]
    avg = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} synthetic 2-page CVs, {avg:.0f} chars each\n")
    print(f"{'pass':58} {'MB/s':>7} {'median ms':>10} {'p95 ms':>8}")
    _detect_rows(texts)
    rows: list[tuple[str, Callable[[str], object] | None]] = [
        ("(a) bare compiled regex + python-stdnum (BSN, IBAN)", _bare),
        ("(b) Presidio on spacy.blank('nl'), BSN/IBAN/e-mail/phone", _presidio_blank()),
        ("(c) stock Presidio on an English spaCy model", _presidio_en()),
    ]
    for name, fn in rows:
        if fn is None:
            print(f"{name:58} {'n/a: no English model installed (none is downloaded)':>27}")
            continue
        mbs, med, p95 = _run(fn, texts)
        print(f"{name:58} {mbs:7.2f} {med:10.2f} {p95:8.2f}")


if __name__ == "__main__":
    main()
