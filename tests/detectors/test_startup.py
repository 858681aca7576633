"""Detector start-up: detect() builds only what a chunk needs (no spaCy pipeline, no
Presidio engine, English only for English text), and Presidio's API still works beside it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from detectors.stop_words import stop_words


def _run(code: str) -> str:
    """``code`` in a fresh interpreter (what is imported depends on what ran before)."""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    return done.stdout.strip()


def test_dutch_detect_loads_neither_spacy_nor_presidio_engine_nor_english() -> None:
    out = _run(
        "import sys\n"
        "from detectors import detect, registry\n"
        "found = [d.entity for d in detect('Naam: Jan Jansen, BSN 111222333', 'nl')]\n"
        "heavy = sorted(m for m in sys.modules if m == 'spacy' or m.startswith("
        "('presidio_analyzer.analyzer_engine', 'presidio_analyzer.nlp_engine', "
        "'presidio_analyzer.predefined_recognizers')))\n"
        "print(found, heavy, registry._recognizers.cache_info().currsize)"
    )
    assert out == "['PERSON', 'NL_BSN'] [] 1"


def test_presidio_engine_after_detect_holds_the_same_classes() -> None:
    """The light import of Presidio completes itself when its engine is asked for."""
    out = _run(
        "from detectors import detect, presidio_light\n"
        "detect('BSN 111222333', 'nl')\n"
        "import presidio_analyzer\n"
        "from detectors.registry import get_analyzer\n"
        "same = presidio_analyzer.PatternRecognizer is presidio_light.PatternRecognizer\n"
        "found = [r.entity_type for r in get_analyzer().analyze('BSN: 111222333', 'nl')]\n"
        "print(same, 'NL_BSN' in found)"
    )
    assert out == "True True"


@pytest.mark.parametrize("module", ["presidio_analyzer.nlp_engine",
                                    "presidio_analyzer.analyzer_engine"])
def test_a_heavy_submodule_imported_after_the_light_load(module: str) -> None:
    """Its own imports expect the whole package: it is completed first."""
    out = _run(
        "import importlib\n"
        "from detectors import presidio_light\n"
        f"importlib.import_module({module!r})\n"
        "import presidio_analyzer\n"
        "print(presidio_analyzer.AnalyzerEngine.__name__,"
        " presidio_analyzer.Pattern is presidio_light.Pattern)"
    )
    assert out == "AnalyzerEngine True"


def test_presidio_imported_first_is_used_as_is() -> None:
    out = _run(
        "import presidio_analyzer\n"
        "from detectors import detect, presidio_light\n"
        "detect('BSN 111222333', 'nl')\n"
        "print(presidio_light.RecognizerResult is presidio_analyzer.RecognizerResult)"
    )
    assert out == "True"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_stop_words_are_spacys(language: str) -> None:
    import importlib

    spacy_list = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    assert stop_words(language) == frozenset(spacy_list)
