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
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
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
    completer = _Completer(package, spec)
    package.__getattr__ = completer.attribute  # type: ignore[method-assign]
    sys.meta_path.insert(0, completer)
    return package


class _Completer(importlib.abc.MetaPathFinder):
    """Runs the light package's __init__ once, before anything needs more than the light
    names: a name asked of the package (``from presidio_analyzer import AnalyzerEngine``) or
    any other submodule (``import presidio_analyzer.nlp_engine``: its own imports expect the
    whole package, as a plain ``import presidio_analyzer`` would have given them)."""

    def __init__(self, package: ModuleType, spec: importlib.machinery.ModuleSpec) -> None:
        self.package, self.spec, self.lock = package, spec, threading.RLock()
        self.done = False

    def attribute(self, name: str) -> Any:
        self.complete()
        if name in vars(self.package):
            return vars(self.package)[name]
        raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        """Completes the package first; the ordinary finders then import the module."""
        if name.startswith(PACKAGE + ".") and not self.done:
            self.complete()

    def complete(self) -> None:
        with self.lock:
            if self.done:
                return
            self.done = True
            sys.meta_path[:] = [f for f in sys.meta_path if f is not self]
            del self.package.__getattr__
            self.spec.loader.exec_module(self.package)  # type: ignore[union-attr]


_presidio = _package()
AnalysisExplanation = _presidio.AnalysisExplanation
RecognizerResult = _presidio.RecognizerResult
EntityRecognizer = _presidio.EntityRecognizer
Pattern = _presidio.Pattern
PatternRecognizer = _presidio.PatternRecognizer

__all__ = ["AnalysisExplanation", "EntityRecognizer", "Pattern", "PatternRecognizer",
           "RecognizerResult"]
