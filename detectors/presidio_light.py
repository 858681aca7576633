"""Presidio's recognizer classes without the rest of Presidio: what detect() needs.

``import presidio_analyzer`` runs the package's ``__init__``, which imports every predefined
recognizer (hundreds of regexes), the analyzer engine and the NLP engines, and through them
spaCy: ~1.5 CPU-s per worker, for classes our registry never uses (it calls the recognizers
itself, see registry.analyze). The classes below are Presidio's own, from their own modules;
only the package's ``__init__`` is deferred until something asks the package for a name it
does not hold yet (``from presidio_analyzer import AnalyzerEngine``): then it runs in full,
in the same module object, and hands out the very same classes.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any

PACKAGE = "presidio_analyzer"
# (module, class) in the order of the package's __init__: each module imports the earlier
# names from the package itself ("from presidio_analyzer import RecognizerResult").
LIGHT = (
    ("analysis_explanation", "AnalysisExplanation"),
    ("recognizer_result", "RecognizerResult"),
    ("entity_recognizer", "EntityRecognizer"),
    ("local_recognizer", "LocalRecognizer"),
    ("pattern", "Pattern"),
    ("pattern_recognizer", "PatternRecognizer"),
)


def _package() -> ModuleType:
    """The presidio_analyzer package: as imported, or a light one whose __init__ waits."""
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.loader is None:
        raise ImportError(f"{PACKAGE} is not installed")
    package = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = package
    try:
        for module, name in LIGHT:
            setattr(package, name, getattr(importlib.import_module(f"{PACKAGE}.{module}"), name))
    except BaseException:
        sys.modules.pop(PACKAGE, None)
        raise

    def complete(name: str) -> Any:
        """Run the package's __init__ once, when a name beyond the light ones is asked for."""
        del package.__getattr__  # the __init__ defines the names: no second round
        spec.loader.exec_module(package)  # type: ignore[union-attr]
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[method-assign]
    return package


_presidio = _package()
AnalysisExplanation = _presidio.AnalysisExplanation
RecognizerResult = _presidio.RecognizerResult
EntityRecognizer = _presidio.EntityRecognizer
Pattern = _presidio.Pattern
PatternRecognizer = _presidio.PatternRecognizer

__all__ = ["AnalysisExplanation", "EntityRecognizer", "Pattern", "PatternRecognizer",
           "RecognizerResult"]
