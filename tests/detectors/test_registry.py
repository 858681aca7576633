"""The analyzer: built once, every SPEC entity registered, offline NLP, public detect() API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from detectors import detect
from detectors.registry import get_analyzer, get_nlp

ENTITIES = {
    "NL_BSN",
    "IBAN_CODE",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "DATE_OF_BIRTH",
    "NL_ID_DOCUMENT",
    "NL_DRIVERS_LICENSE",
    "NL_VAT",
    "NL_KVK",
    "PERSON",
}


def test_analyzer_built_once() -> None:
    assert get_analyzer() is get_analyzer()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_entity_registered(language: str) -> None:
    assert ENTITIES <= set(get_analyzer().get_supported_entities(language))


@pytest.mark.parametrize(
    "language, text, lemma",
    [
        ("nl", "Ik heb gewerkt", "werken"),
        ("en", "I was working", "work"),
    ],
)
def test_offline_lemmatizer(language: str, text: str, lemma: str) -> None:
    assert lemma in [t.lemma_ for t in get_nlp(language)(text)]


# A scan worker's own process: the test process's RSS holds whatever the tests before it
# in the same pytest worker loaded (it read 507 MB after 4,000 tests), so measure a fresh one.
WORKER = """
import os, psutil
from detectors import detect
from detectors.registry import get_analyzer
get_analyzer()
rows = "".join(f"Naam: Jan Jansen{i}, BSN 123456782, tel 06-1234{i % 10000:04d}, "
               f"geboren 03-02-1990, IBAN NL91ABNA0417164300\\n" for i in range(1200))
detect(rows, "nl")  # about 100 KB of dense lines
print(psutil.Process(os.getpid()).memory_info().rss)
"""


def test_worker_memory_under_500_mb() -> None:
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    out = subprocess.run([sys.executable, "-c", WORKER], cwd=repo, env=env, check=True,
                         capture_output=True, text=True, timeout=600).stdout
    assert int(out.split()[-1]) < 500 * 2**20


@pytest.mark.parametrize(
    "text, language",
    [
        ("I have worked with the team for years. BSN: 123456782", None),
        ("Ik heb jaren met het team gewerkt. BSN: 123456782", None),
        ("BSN: 123456782", "nl"),
        ("BSN: 123456782", "fr"),  # unsupported language: guessed instead
    ],
)
def test_detect_contract(text: str, language: str | None) -> None:
    (d,) = [d for d in detect(text, language) if d.entity == "NL_BSN"]
    assert (d.masked, d.normalized, text[d.start : d.end]) == (
        "******782",
        "123456782",
        "123456782",
    )
    assert d.score >= 0.5 and d.explanation
    assert "123456782" not in repr(d)


@pytest.mark.parametrize("text", ["", "   \n", "Geen persoonsgegevens hier."])
def test_nothing_found(text: str) -> None:
    assert detect(text) == []


def test_nlp_artifacts_lazy_and_complete() -> None:
    """Presidio's NlpArtifacts contract, tokenised only when a recognizer asks for it."""
    artifacts = get_analyzer().nlp_engine.process_text("Ik heb gewerkt bij de bank", "nl")
    assert "tokens" not in vars(artifacts)
    assert "werken" in artifacts.lemmas
    assert len(artifacts.tokens_indices) == len(artifacts.tokens) == 6
    assert {"werken", "bank"} <= set(artifacts.keywords)


# a catastrophic pattern takes hours on these; 120 s of wall time leaves room for a
# machine under load (they take seconds alone)
@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        "Jan Jansen De Van " * 20000,  # one long line of name-like words
        "BSN\n123456782\nBestelling\n" * 5000,  # many candidates
        "1" * 200000,  # one huge digit run
    ],
)
def test_hostile_chunks_finish(text: str) -> None:
    assert isinstance(detect(text, "nl"), list)


def test_special_categories_pass_through_detect() -> None:
    """Special-category findings keep the term as `masked` (it is no identifier)."""
    found = [d for d in detect("Ik heb diabetes.", "nl") if d.entity.startswith("SPECIAL_")]
    assert [(d.entity, d.masked.lower()) for d in found] == [("SPECIAL_HEALTH", "diabetes")]
    assert found[0].normalized == "diabetes" and found[0].explanation


def test_detect_reads_the_explanation_under_the_recognizers_key() -> None:
    import detectors
    from detectors import base

    assert detectors._EXPLANATION_KEY == base.EXPLANATION_KEY


def test_detections_are_built_as_the_dataclass_builds_them() -> None:
    """detect() builds its Detections without the frozen dataclass's per-field setattr
    (detectors._detection): the same fields, equality, hash, repr and pickling."""
    import dataclasses
    import pickle

    from detectors import _detection
    from detectors.types import Detection

    assert not hasattr(Detection, "__post_init__") and not hasattr(Detection, "__slots__")
    fields = {"entity": "NL_BSN", "start": 5, "end": 14, "score": 0.85, "masked": "******782",
              "normalized": "123456782", "explanation": "label 'bsn'", "label": "",
              "needs_subject": False}
    fast, slow = _detection(**fields), Detection(**fields)  # type: ignore[arg-type]
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow) == fields
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.score = 1.0  # type: ignore[misc]
    found = detect("BSN: 123456782, IBAN NL91 ABNA 0417 1643 00", "nl")
    assert [dataclasses.asdict(d) for d in found] == [
        dataclasses.asdict(Detection(**dataclasses.asdict(d))) for d in found]
    assert {d.entity for d in found} == {"NL_BSN", "IBAN_CODE"}


def test_duplicates_removed_as_presidio_removes_them() -> None:
    """registry.remove_duplicates keeps the very results, in the very order, of Presidio's
    EntityRecognizer.remove_duplicates: on dense text and on random nested, equal and
    zero-score results."""
    import random

    from presidio_analyzer import EntityRecognizer, RecognizerResult

    from detectors.registry import _recognizers, remove_duplicates
    from tests.bench.bench_dense import dense_text

    text = dense_text(7)[:20_000]
    runs = [[r for rec in _recognizers("nl") for r in rec.analyze(text, [], None)]]
    rng = random.Random(11)
    for _ in range(300):
        run = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 30)
            run.append(RecognizerResult(rng.choice(["NL_BSN", "PERSON", "IBAN_CODE"]), start,
                                        start + rng.randint(0, 8), rng.choice([0.0, 0.3, 0.5, 0.85]),
                                        None, {"n": len(run)}))
        runs.append(run + rng.sample(run, len(run) // 3))
    for run in runs:
        ours, theirs = remove_duplicates(run), EntityRecognizer.remove_duplicates(run)
        assert [id(r) for r in ours] == [id(r) for r in theirs]
    assert len(remove_duplicates(runs[0])) > 300
